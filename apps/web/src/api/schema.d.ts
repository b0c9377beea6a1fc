// Generated from the API's OpenAPI document by `npm run api:client`; never edit by hand.
// A unit test fails when this file and the API disagree.

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public home page (HTML): announced campaigns */
        get: operations["PublicPageController_home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/account.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account pages’ script (JavaScript) */
        get: operations["AccountPagesController_script"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/enterprise-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accept an enterprise invitation (HTML): create an account or sign in, and join */
        get: operations["AccountPagesController_enterpriseInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accept a staff invitation (HTML): choose a name and password, land signed in */
        get: operations["AccountPagesController_invitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Choose a new password after a reset request (HTML), and land signed in */
        get: operations["AccountPagesController_resetPassword"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Confirm an email address (HTML)
         * @description Confirms on a button press, not on opening: mail scanners that fetch links confirm nothing.
         */
        get: operations["AccountPagesController_verifyEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue dashboard in this browser: sets the session cookie for /admin/queues
         * @description Call it from /docs after Authorize; then open /admin/queues. Lasts as long as the token.
         */
        post: operations["AdminSessionController_open"];
        /** Close the dashboard session in this browser (clears the cookie) */
        delete: operations["AdminSessionController_close"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web workspaces (HTML): sign in, then the judge, enterprise or organizer pages */
        get: operations["WebAppController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/app/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A workspace page or one of its built files
         * @description Files under `assets/` are the built scripts and styles; any other address is a page of the application.
         */
        get: operations["WebAppController_fileOrPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the audit log, newest first
         * @description The log is append-only.
         */
        get: operations["AuditLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a staff invitation link is for: address, role, inviter, expiry
         * @description The same 404 for a token that is unknown, used, revoked or expired.
         */
        get: operations["AccountLinksController_previewInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a staff invitation: create your account and sign in
         * @description Creates the judge or organizer account the invitation names, with your name and password; the address counts as verified. Answers like login. The link works once. Audited.
         */
        post: operations["AccountLinksController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange email and password for a bearer token
         * @description Rate-limited per client address. An account with two-factor sign-in gets no token here but `{ twoFactorRequired: true, challenge }`: send the challenge with a code to POST /auth/login/two-factor.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finish signing in with the second factor
         * @description The challenge from POST /auth/login (5 minutes) with the authenticator’s current `code`, or one of the `recoveryCode`s (spent by this use). A code is accepted once. The token says it was issued after a second factor. Rate-limited per client address and per account.
         */
        post: operations["AuthController_loginTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account behind the bearer token */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your display name or language
         * @description language (zh or en) is the language the platform writes to you in: its mail, and later the workspaces. Until you choose one, mail follows the campaign. API error messages follow each request's Accept-Language instead. An absent field stays as it is. Audited.
         */
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Needs the current password; the new one follows the registration policy. Every token issued before, this one included, stops working: the answer carries a new token. Rate-limited per client address, like login. Audited (failures too).
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset link by mail
         * @description Answers 202 with the same body, in about the same time, whether or not the address has an active account; only an active one gets the `password-reset` mail (link to /account/reset-password?token=…, valid 30 minutes, single use); an account is sent at most 5 in an hour (past that, the same answer and no mail). Rate-limited per client address like login. Audited.
         */
        post: operations["PasswordResetController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check a reset link before asking for the new password
         * @description The same 404 for an unknown, used or expired link.
         */
        get: operations["PasswordResetController_inspect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password through a reset link
         * @description The new password follows the registration policy. Uses the link and every other pending one of the account, and ends every session of the account. Answers like login: a token, or, for an account with two-factor sign-in, `{ twoFactorRequired, challenge }` (a reset never skips the second factor). Audited.
         */
        post: operations["PasswordResetController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an enterprise user account
         * @description Sends the `email-verification` mail: the address must be confirmed (POST /auth/verify-email) before the account creates an enterprise. Judges and organizers do not register: they are invited (POST /staff-invitations). Rate-limited per client address.
         */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether my account signs in with a second factor */
        get: operations["TwoFactorController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor sign-in off
         * @description Needs the current `code` or the `password`. The secret and recovery codes are deleted and every other session ends; the answer carries a new token (without a second factor). Audited.
         */
        post: operations["TwoFactorController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the authenticator with its current code and turn two-factor sign-in on
         * @description Answers the 10 recovery codes, shown this once (stored only as hashes), and a new token issued with the second factor: every other session of the account ends. Audited.
         */
        post: operations["TwoFactorController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace my recovery codes
         * @description Needs the current `code` or the `password`; the old codes stop working. Audited.
         */
        post: operations["TwoFactorController_regenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start enrolling an authenticator app
         * @description A new secret, its otpauth:// URI and the URI as an SVG QR code. Nothing changes at sign-in until POST /auth/two-factor/enable confirms it with a code; setting up again before that replaces the secret.
         */
        post: operations["TwoFactorController_setUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm your email address with the emailed link’s token
         * @description Single use, valid 48 hours; the same 404 for a token that is unknown, used or expired. Audited.
         */
        post: operations["AccountLinksController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a new verification link to your address
         * @description Older links keep working until they expire. Rate-limited like login.
         */
        post: operations["AccountLinksController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List campaigns, newest year first (enterprises and judges see them from registration on) */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Create a campaign (draft) with its categories, industries, schedule and rules */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/announcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Announce now: publish every category’s confirmed winners and move the campaign to announced
         * @description Refused (409, with the reasons) unless the campaign is deciding and every category is confirmed on its current evidence. Announcing twice publishes once. The scheduled announcement job does the same at the campaign’s announcement time.
         */
        post: operations["AwardsController_announce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/awards/categories/{categoryId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every confirmation of a category, oldest first, each marked stale if evidence moved */
        get: operations["AwardsController_decisions"];
        put?: never;
        /**
         * Confirm the proposed winners, or override them with a written justification (audited, published)
         * @description Only while the campaign is deciding. The evidence hash freezes the confirmation: if the evidence changes later, the category must be confirmed again before the announcement.
         */
        post: operations["AwardsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/awards/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All proposals, decisions, rankings and round results, as JSON, CSV or XLSX
         * @description JSON unless `format=csv`/`format=xlsx` or an `Accept` header naming text/csv or XLSX. CSV and XLSX hold the same table (numbers as numbers in XLSX; CSV in UTF-8 with a byte-order mark): a row per winner with its published figures, per ranked enterprise, and per round entrant, categories by English and Chinese name.
         */
        get: operations["AwardsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/awards/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The proposed winners of every category, with their evidence and the current decision
         * @description survey-benchmark: the winner set of the latest ranking snapshot per industry (single winner by the recorded tie-break when the category allows one); panel: the top of the final finalised round; combined: the published formula over both, gated by the minimum panel band.
         */
        get: operations["AwardsController_proposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/candidacies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidacies of a campaign with counts per industry (enterprise users: their own) */
        get: operations["CandidaciesController_list"];
        put?: never;
        /**
         * Enter your verified enterprise in a category while registration is open
         * @description Free: no fee and no sponsor relation exists. One candidacy per enterprise and category; a withdrawn one is resubmitted.
         */
        post: operations["CandidaciesController_enter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/candidacies/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All candidacies of a campaign as CSV or XLSX (same filters as the list)
         * @description CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese) unless `format=xlsx` or an `Accept` header naming XLSX; the same columns in both, categories by name in English and Chinese.
         */
        get: operations["CandidaciesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/categories/{categoryId}/entry-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The entry form a category asks for, at the version in force
         * @description Enterprise users see it once the campaign has opened registration, as they see the campaign.
         */
        get: operations["CategoryEntryFormController_get"];
        /**
         * Ask a category’s entrants to fill this entry form (draft campaigns only)
         * @description Replaces any form bound before. While the campaign is a draft the form’s latest version is in force; from registration on, the version that was latest when registration opened stays in force.
         */
        put: operations["CategoryEntryFormController_bind"];
        post?: never;
        /** Ask a category’s entrants for no entry form (draft campaigns only) */
        delete: operations["CategoryEntryFormController_unbind"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign dashboard: next scheduled move, counts per industry and entry completeness
         * @description Per industry: candidacies by state, entries expected, started and submitted (over every category with an entry form), and the latest ranking snapshot’s stored and valid responses. Then per category, how far its entries are (as GET /campaigns/{campaignId}/entries/completeness). Counts only: no list of responses.
         */
        get: operations["CampaignDashboardController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/data-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ingestion counts, exclusions by reason, soft flags and alerts per enterprise */
        get: operations["RankingsController_dataQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/enterprises/{enterpriseId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The enterprise’s certificates in the campaign, with the addresses of their pages
         * @description One per award and industry the enterprise won, issued by the announcement: before it the list is empty. Members of the enterprise see its own; another enterprise answers 404, as one that does not exist.
         */
        get: operations["EnterpriseCertificatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/enterprises/{enterpriseId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The enterprise’s judging feedback
         * @description Per finalised round: category percentages, score, band, weakest category and the judges’ comments without names. An enterprise reads only its own, and only once the campaign is announced (404 before).
         */
        get: operations["EntrantJudgingController_feedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/enterprises/{enterpriseId}/feedback/documents/{documentId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A short-lived link to a judge’s attachment listed in the enterprise’s feedback
         * @description Only an attachment the feedback lists: of a counted sheet, in a round that shares its feedback and its attachments with entrants, once the campaign is announced (members of the enterprise; organizers any time). The link works for the caller only, for a few minutes; each download is in the audit log.
         */
        get: operations["EntrantJudgingController_feedbackDocumentLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/enterprises/{enterpriseId}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One enterprise’s own figures, rank and percentile in its industry
         * @description Members of the enterprise see this and nothing of any other enterprise before the announcement.
         */
        get: operations["RankingsController_standing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/entries/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How far entries are, per category and industry
         * @description For each category with an entry form, of the candidacies still in the running (submitted or approved): how many there are, how many entries were started and submitted, and per required field how many leave it empty where it shows.
         */
        get: operations["EntryReportsController_completeness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/entries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A category’s entries as CSV or XLSX: one row per candidacy, one column per field
         * @description Headers, choices and industries in the language Accept-Language asks for; only the answers of fields that show; tables one row per line; files by name. CSV (UTF-8 with a byte-order mark) unless `format=xlsx` or an `Accept` header naming XLSX.
         */
        get: operations["EntryReportsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports of the campaign, newest first (a partner key sees its own) */
        get: operations["SurveyResponsesController_list"];
        put?: never;
        /**
         * Stream a CSV or NDJSON file of responses, of any size
         * @description Read as it arrives (constant memory) and stored in one transaction. CSV: a header row of response fields (enterpriseId or creditCode, respondentKey, submittedAt, channel, completionSeconds) and item keys; an empty cell is an unanswered item. NDJSON: one response object per line, as for POST responses.
         */
        post: operations["SurveyResponsesController_stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: state, progress, counts and the first 1,000 rejections */
        get: operations["SurveyResponsesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/imports/{importId}/rejections.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rejection of an import as CSV (line, field, reason), streamed */
        get: operations["SurveyResponsesController_rejectionsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/instrument": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign’s survey instrument and methodology parameters
         * @description Survey partners read it with their key to know the item keys and scales.
         */
        get: operations["SurveySetupController_instrument"];
        /**
         * Give the campaign its own instrument (items) before the survey opens
         * @description Frozen from survey on: later edits are 409.
         */
        put: operations["SurveySetupController_setInstrument"];
        post?: never;
        /** Go back to the methodology version’s default instrument (before the survey opens) */
        delete: operations["SurveySetupController_resetInstrument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/partner-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s survey-partner keys (never the secrets) */
        get: operations["SurveySetupController_listKeys"];
        put?: never;
        /**
         * Issue a survey-partner key for this campaign
         * @description The key is in the answer once; only its hash is kept. Send it as the x-api-key header.
         */
        post: operations["SurveySetupController_issueKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/partner-keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a survey-partner key at once (idempotent) */
        post: operations["SurveySetupController_revokeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/ranking-snapshots/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ranking snapshot, as computed (immutable) */
        get: operations["RankingsController_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/rankings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Latest ranking of every industry: counts, winner set and industry aggregate */
        get: operations["RankingsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/rankings/{industryCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest ranking snapshot of one industry, with every enterprise’s figures and intervals */
        get: operations["RankingsController_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/rankings/{industryCode}/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Snapshot history of one industry, newest first */
        get: operations["RankingsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/rankings/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild the running totals from the stored responses and snapshot every industry
         * @description The result equals the incremental totals exactly; the snapshots say source = full-recompute.
         */
        post: operations["RankingsController_recompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/response-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a JSON batch of up to 10,000 responses
         * @description Good rows are stored and bad ones rejected with their position, field and reason, in one transaction: never half-applied.
         */
        post: operations["SurveyResponsesController_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit one survey response
         * @description A bad response is a 400 naming each field; a resent respondent key is stored once (counts.duplicates = 1).
         */
        post: operations["SurveyResponsesController_single"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s rounds, by category and position */
        get: operations["RoundsController_list"];
        put?: never;
        /**
         * Create a judging round of a panel or combined category
         * @description The first round of a category takes the approved candidacies as entrants (optionally only those ranked in the survey); a later round takes those advanced when the round before it is finalised. A window schedules the opening, a reminder and the closing.
         */
        post: operations["RoundsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its categories, industries, schedule and rules */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a campaign
         * @description Slug, year and industries are frozen from registration on; rules and methodology from survey on; the schedule from announcement on. A saved schedule re-arms the scheduled transitions.
         */
        patch: operations["CampaignsController_update"];
        trace?: never;
    };
    "/campaigns/{id}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the award categories (draft only) */
        put: operations["CampaignsController_replaceCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create next year's campaign from this one
         * @description Copies categories, industries and rules and shifts the schedule; never candidacies or data.
         */
        post: operations["CampaignsController_clone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the campaign to its next state
         * @description 409 names each failed precondition.
         */
        post: operations["CampaignsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a submitted candidacy (a rejection needs a reason)
         * @description A category with an entry form is approved only once the entry is submitted.
         */
        post: operations["CandidaciesController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/entry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The entry: the form in force, the answers, what shows, what is missing, and until when it can change
         * @description Members of the candidacy’s enterprise and organizers; anyone else gets 404.
         */
        get: operations["EntriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/entry/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Save several answers as a draft, all or none
         * @description Each problem names its field key (unknown keys and file fields too); nothing is saved then.
         */
        patch: operations["EntriesController_saveMany"];
        trace?: never;
    };
    "/candidacies/{id}/entry/answers/{fieldKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save one answer as a draft
         * @description Checked against the field’s type (a 400 names the field, or a table cell under it). Allowed until registration closes, also after submission, except that a submitted entry refuses to leave a required visible field empty (409 ENTRY_WOULD_BE_INCOMPLETE). Every change is kept with its old value.
         */
        put: operations["EntriesController_saveOne"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/entry/documents/{documentId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A short-lived signed link to one of the entry’s files
         * @description Members of the candidacy’s enterprise and organizers. The link opens the file for you alone, for a few minutes (DOCUMENT_LINK_TTL_SECONDS), and each download is in the audit log. PDFs and images open in the browser, anything else downloads. Judges get theirs through their assignments.
         */
        get: operations["EntryFilesController_link"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/entry/files/{fieldKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload one file to a file field of the entry
         * @description multipart/form-data with the file in a part named `file`. Members of the candidacy’s enterprise, while the entry is editable. Who you are, the lock and the field are checked before the file is read; the file’s type is then sniffed from its bytes (the field’s `accept`), its size counted (`maxBytes`), its SHA-256 recorded, and it is stored and added to the field’s answer together, or not at all.
         */
        post: operations["EntryFilesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/entry/files/{fieldKey}/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a file from a file field of the entry
         * @description Members, while the entry is editable. The answer’s change and the document go together; a submitted entry keeps a required field’s last file (409 ENTRY_WOULD_BE_INCOMPLETE: upload another first).
         */
        delete: operations["EntryFilesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/entry/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change of the answers, oldest first: who, when, which field, before and after */
        get: operations["EntriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/entry/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the entry once every required field that shows is answered
         * @description Organizers approve a candidacy only once its entry is submitted. Submitting again changes nothing.
         */
        post: operations["EntriesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/candidacies/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your candidacy while registration is open */
        post: operations["CandidaciesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A winner’s certificate page (HTML); its code proves it was issued here */
        get: operations["PublicPageController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{code}/badge.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A winner’s badge (SVG, 240 x 96) to show on its own site, linked to the certificate
         * @description Says winner, the category, the industry and the year, with the certificate’s code. Served with `Cross-Origin-Resource-Policy: cross-origin`, so any site may show it in an `<img>`; wrap it in a link to `/certificates/{code}` so that it opens the verification page.
         */
        get: operations["CertificateFilesController_badge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/certificates/{code}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A winner’s certificate as a printable PDF: one A4 landscape page in Chinese and English
         * @description With the published figures, the announcement date, the code and a QR code to the verification page. The same certificate always gives the same bytes, so its strong ETag answers a revalidation with 304.
         */
        get: operations["CertificateFilesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A document's content, through a signed link
         * @description Open the `url` of a document link as it was given (it carries `reader`, `expires` and `signature`); it works for the reader it was signed for until it expires (5 minutes by default), and each download is in the audit log as `document.downloaded`. The type is the one sniffed from the bytes at upload; PDFs and raster images open in the browser (`Content-Disposition: inline`), anything else downloads.
         */
        get: operations["DocumentContentController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprise-invitations/accept-by-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an enterprise invitation by its link, and sign in
         * @description When the address has no account, creates an enterprise account with `displayName` and `password` (the address counts as verified: the link proved it); when it has one, `password` must be that account’s. Either way the invitee becomes a member (admin, for a contact an organizer invited). Answers like login. The link works once. Audited.
         */
        post: operations["InvitationLinksController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprise-invitations/by-token/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an enterprise invitation link is for: enterprise, address, role, and whether it has an account
         * @description The same 404 for a token that is unknown, used, declined, revoked or expired.
         */
        get: operations["InvitationLinksController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enterprises (organizers: all; enterprise users: their own), oldest first unless sorted */
        get: operations["EnterprisesController_list"];
        put?: never;
        /**
         * Register an enterprise profile
         * @description The registering user becomes its admin. It starts pending until an organizer verifies it. Only an account whose email address is verified may register one (see POST /auth/verify-email).
         */
        post: operations["EnterprisesController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{enterpriseId}/self-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise’s self-assessment rounds, with the rubric and its sheet */
        get: operations["EntrantJudgingController_selfAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise; 404 for enterprises that are not yours */
        get: operations["EnterprisesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit your enterprise profile (its admins only)
         * @description Editing a rejected profile resubmits it. Once verified, contact and size fields change at once, but a change of the legal names, credit code, industry or organisation type becomes a request (`pendingIdentityChange`) that an organizer reviews; the verified identity stays, and is what is published, until it is verified.
         */
        patch: operations["EnterprisesController_update"];
        trace?: never;
    };
    "/enterprises/{id}/contact-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite an enterprise’s contact to become its admin (organizers)
         * @description For an enterprise an organizer created, which has no member yet. The contact gets the `member-invitation` mail with a link to /account/enterprise-invitation; accepting makes them an admin. It expires after 14 days; inviting the address again renews it with a new link. Audited.
         */
        post: operations["InvitationLinksController_inviteContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The verified identities (versions) and the identity changes requested
         * @description The last version is what every publication uses. 404 for enterprises that are not yours.
         */
        get: operations["EnterprisesController_identity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/identity/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify or reject the pending identity change (a rejection needs a reason)
         * @description Verifying makes it the enterprise’s identity and its next version: confirmed award decisions naming the enterprise become stale and must be confirmed again. Rejecting keeps the verified identity.
         */
        post: operations["EnterprisesController_reviewIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise’s invitations, newest first (admins only) */
        get: operations["EnterpriseInvitationsController_list"];
        put?: never;
        /**
         * Invite an address to become a member (admins only)
         * @description The answer is the same whether the address has an account or not. The invitee sees it under GET /me/invitations once signed in with that address (also with an account registered later), or opens the link of the `member-invitation` mail (/account/enterprise-invitation), and accepts or declines it; only acceptance makes them a member. It expires after 14 days. Inviting an address with an open invitation renews it with a new link (the old one stops working). Audited.
         */
        post: operations["EnterpriseInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/invitations/{invitationId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an open invitation (admins only); it can no longer be accepted. Audited. */
        post: operations["EnterpriseInvitationsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users who manage this enterprise */
        get: operations["EnterprisesController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify or reject a pending enterprise (a rejection needs a reason)
         * @description Name the `profileRevision` you read: a profile edited since is not reviewed (409), so what is verified is what was seen.
         */
        post: operations["EnterprisesController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every enterprise (or a campaign’s candidates) in the import’s shape, as CSV or XLSX
         * @description Re-imports as it is into an empty platform. With `campaignId`, the `categories` column names the categories each entered (submitted or approved). `contactLanguage` is left empty.
         */
        get: operations["EnterpriseImportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import enterprises (and their candidacies in a campaign) from a CSV or XLSX file
         * @description The body is the file itself (`text/csv`, UTF-8 with or without a byte-order mark, or XLSX, first sheet), a header row of the template’s columns, then one enterprise per row. Lists (`businessTypes`, `categories`) are separated by `;`. Every row is checked (credit code check character, known codes, required fields, credit codes and contact emails repeated in the file or registered already) and the file is imported whole in one transaction or not at all: a 422 `IMPORT_REFUSED` lists every problem with its field `lines[<line>].<column>`. Enterprises arrive verified by you, candidacies approved by you (you vouch for the file), each audited. No account or password is made: each contact is invited by email to become the enterprise’s first admin. `dryRun=true` checks and answers 200 without writing.
         */
        post: operations["EnterpriseImportController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enterprises/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The enterprise import file: its header row and one example line, as CSV or XLSX */
        get: operations["EnterpriseImportController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entry-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every entry form, with its latest version number */
        get: operations["EntryFormsController_list"];
        put?: never;
        /**
         * Create an entry form (its version 1)
         * @description Sections and fields with keys, labels and help in en and zh; types short-text, long-text, number, single-choice, multiple-choice, date, url, email, file and table, each with its own limits; conditions (`showWhen`) on an earlier choice, number or short-text field. A 400 names every path at fault.
         */
        post: operations["EntryFormsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entry-forms/{formId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entry form and all its versions */
        get: operations["EntryFormsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entry-forms/{formId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit an entry form: add its next version
         * @description Versions never change once written. Categories of draft campaigns follow the new version at once; a category whose campaign has opened registration keeps the version that was in force at the opening.
         */
        post: operations["EntryFormsController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entry-forms/{formId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of an entry form */
        get: operations["EntryFormsController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up (no dependency is checked) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL and Redis both answer; 503 naming the one that does not */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every judge account with its profile (judge accounts are created with POST /users) */
        get: operations["JudgesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judges/{judgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One judge and its profile */
        get: operations["JudgesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judges/{judgeId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judge’s declared and recorded conflicts */
        get: operations["JudgesController_conflicts"];
        put?: never;
        /** Record a conflict of interest for a judge (unfinished assignments to the enterprise end; submitted sheets keep counting, flagged until an organizer decides) */
        post: operations["JudgesController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judges/{judgeId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a judge’s expertise and affiliation history
         * @description Affiliations (employers and clients, with years) are matched against entrants by credit code and by name: a tie within the last 3 years is a conflict. An assignment it makes conflicted ends at once.
         */
        put: operations["JudgesController_saveProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judges/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appoint judges from a CSV or XLSX file: profiles saved, new addresses invited by email
         * @description The body is the file itself (`text/csv` or XLSX, first sheet): a header row, then one judge per row with name, email, language, title, expertise industries (codes separated by `;`) and affiliations (separated by `;`, each `organisation (employer|client fromYear-toYear[, credit code])`, toYear empty while it lasts). Every row is checked and the file applies whole or not at all: a 422 `IMPORT_REFUSED` lists every problem by `lines[<line>].<column>`. An address with a judge account gets its profile saved (conflicts of interest applied as for `PUT /judges/{judgeId}/profile`); any other is invited by email and its profile waits for the account the invitation creates. `dryRun=true` checks and answers 200 without writing.
         */
        post: operations["JudgeImportController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judges/import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judges import file: its header row and one example line, as CSV or XLSX */
        get: operations["JudgeImportController_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My active assignments in rounds that are open or later */
        get: operations["JudgeWorkspaceController_assignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One of my assignments: the candidate’s dossier and entry, the rubric, my sheet and attachments
         * @description The entry shows only the fields the round shows. Never another judge’s sheet or attachments: other judges’ scores are seen only in the results after the close. A conflict of interest (declared, recorded or found in an affiliation, also after the assignment) makes this and every route below it a 404.
         */
        get: operations["JudgeWorkspaceController_assignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/assignments/{assignmentId}/attachments/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of my attachments (while the round is open and my sheet is not submitted) */
        delete: operations["JudgeMaterialsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/assignments/{assignmentId}/attachments/{slot}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to my sheet, in a slot the round declares (a report, photos)
         * @description multipart/form-data, the file in the part `file`. The slot’s media types, size and count hold (checked on the bytes, not the name); while the round is open and my sheet is not submitted. Organizers see attachments with the round’s sheets; entrants only after the announcement, if the round says so.
         */
        post: operations["JudgeMaterialsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/assignments/{assignmentId}/documents/{documentId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A short-lived link to a document of my assignment
         * @description A document the round shows of the entrant’s entry, or one of my attachments to this sheet, while the round is open or closed (not once finalised). The link works for me only, for a few minutes; each download is in the audit log.
         */
        get: operations["JudgeMaterialsController_link"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/assignments/{assignmentId}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save my draft sheet: values per item, a comment per category */
        put: operations["JudgeWorkspaceController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/assignments/{assignmentId}/sheet/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit my sheet: every item needs a value; it is locked afterwards */
        post: operations["JudgeWorkspaceController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My declared and recorded conflicts */
        get: operations["JudgeWorkspaceController_conflicts"];
        put?: never;
        /**
         * Declare a conflict of interest with an enterprise
         * @description I am never assigned to it again, and any unfinished assignment to it ends at once. A sheet I have already submitted is not withdrawn by this: it keeps counting, flagged to organizers, until one withdraws or keeps it.
         */
        post: operations["JudgeWorkspaceController_declare"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/judging/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My judge profile */
        get: operations["JudgeWorkspaceController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open invitations to your address (pending and not expired), oldest first
         * @description Matched by the email of your account, including invitations sent before you registered, once your address is verified (until then 403 EMAIL_NOT_VERIFIED).
         */
        get: operations["MyInvitationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: you become a member of the enterprise. Audited. */
        post: operations["MyInvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation. Audited. */
        post: operations["MyInvitationsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/methodology-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every methodology version (instrument and parameters); versions are never edited */
        get: operations["SurveySetupController_listVersions"];
        put?: never;
        /**
         * Create a methodology version
         * @description Immutable once created: a change of parameters is a new version, chosen in a campaign’s rules.
         */
        post: operations["SurveySetupController_createVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/methodology-versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One methodology version */
        get: operations["SurveySetupController_getVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics: HTTP latency by route, rows ingested and rejected, queue depths, job durations
         * @description Needs `Authorization: Bearer <METRICS_TOKEN>` when that variable is set.
         */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications (judging reminders), newest first */
        get: operations["EntrantJudgingController_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Announced campaigns, newest first (revalidated by ETag on every use) */
        get: operations["PublicResultsController_campaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/campaigns/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An announced campaign’s results: winners per category and industry, rankings, methodology
         * @description Rankings list ranked and indicative enterprises (names in English and Chinese, a stable reference) with figures rounded to one decimal and 95 % intervals, and each industry's data-quality counts. Overrides are listed with their justification. 404 until the announcement, whether or not the campaign exists.
         */
        get: operations["PublicResultsController_campaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify a winner’s certificate by its code (case and dashes do not matter) */
        get: operations["PublicResultsController_certificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reference-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Industries, organisation types and business types, with Chinese names */
        get: operations["ReferenceDataController_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An announced campaign’s page (HTML): winners of each award, the industries, search, open data */
        get: operations["PublicPageController_campaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{slug}/enterprises/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One enterprise’s published result (HTML), at a stable address: its figures, rank and awards */
        get: operations["PublicPageController_enterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{slug}/figures.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An announced campaign’s rankings as CSV (open data)
         * @description One row per published enterprise and industry: rank, reference, names in English and Chinese, eligibility, n, CSI, CLI and NPS with their 95 % intervals, the benchmark award, methodology version and checksum, and generated_at (the announcement). UTF-8 with a byte-order mark.
         */
        get: operations["OpenDataController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{slug}/figures.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An announced campaign’s complete publication as a JSON file (open data)
         * @description The publication the public API serves (winners, rankings with intervals and data quality, methodology and parameters) under a header: format, generatedAt (the announcement), methodologyVersion, methodologyChecksum.
         */
        get: operations["OpenDataController_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{slug}/industries/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One industry’s ranking (HTML): a dot-and-interval chart of CSI, CLI or NPS, the table, data quality */
        get: operations["PublicPageController_industry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{slug}/methodology": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign’s methodology (HTML): prose, parameters with meanings, checksum, data quality */
        get: operations["PublicPageController_methodology"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/results/{slug}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search a campaign’s published enterprises by English or Chinese name, in an industry (HTML) */
        get: operations["PublicPageController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/robots.txt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Crawling rules: the public results are open; the workspaces and the private API are not */
        get: operations["SiteIndexController_robotsTxt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round */
        get: operations["RoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a round’s settings
         * @description Everything while a draft; only the name, the closing time and the reminder lead while open; nothing after.
         */
        patch: operations["RoundsController_update"];
        trace?: never;
    };
    "/rounds/{roundId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every assignment of the round, ended ones included */
        get: operations["RoundsController_listAssignments"];
        put?: never;
        /** Assign a judge of the panel to an entrant (409 on a conflict of interest) */
        post: operations["RoundsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/assignments/{assignmentId}/conflict-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw or keep a submitted sheet that a conflict of interest reached afterwards
         * @description A conflict declared (or recorded, or found in an affiliation) after the judge submitted the sheet does not withdraw it: it keeps counting, flagged in the round’s conflicts and progress, until an organizer decides here with a reason (audited). withdraw ends the assignment; keep clears the flag. While the round is open or closed (finalising waits for every such decision); in a closed round, a withdrawal leaving the entrant fewer than k counted sheets is refused (409 WITHDRAWAL_LEAVES_ENTRANT_SHORT) unless `force` is true, and is then added to the round’s forced-close reason and audited as a forced shortfall; 409 when the judge has no conflict with the entrant or the assignment has ended.
         */
        post: operations["RoundsController_decideConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/assignments/{assignmentId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand an unfinished assignment to another judge (the old one is kept as replaced) */
        post: operations["RoundsController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/assignments/automatic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign judges automatically
         * @description Every entrant gets exactly k judges (keeping those assigned already), loads differ by at most one, no conflicts, industry experts first; the same seed gives the same assignment. 409 says why when impossible.
         */
        post: operations["RoundsController_automatic"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every judge’s attachment to the round’s sheets, with whose sheet it is
         * @description Ended assignments’ attachments too. Open one through `GET /rounds/{roundId}/documents/{documentId}/link`.
         */
        get: operations["RoundMaterialsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/chair-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the panel chair’s order of tied entrants
         * @description By the round’s chair, or an organizer on the chair’s word; while the round is closed.
         */
        put: operations["RoundsController_chair"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every conflict of interest between the panel and the entrants, with its reasons */
        get: operations["RoundsController_conflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/documents/{documentId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A short-lived link to a document of the round
         * @description A document the round shows of one of its entrants’ entries, or any judge’s attachment to the round’s sheets. The link works for me only, for a few minutes; each download is in the audit log.
         */
        get: operations["RoundMaterialsController_link"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/entrants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The round’s entrants
         * @description Organizers see every entrant with its history (`includeRemoved`). A judge of the panel sees names and industries only, to declare conflicts, and never an entrant the judge is conflicted with.
         */
        get: operations["RoundsController_entrants"];
        put?: never;
        /** Add an approved candidacy of the category to a draft round, with a reason */
        post: operations["RoundsController_addEntrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/entrants/{entrantId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove an entrant from a draft round, with a reason (kept in its history) */
        post: operations["RoundsController_removeEntrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/entrants/{entrantId}/self-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the enterprise’s draft self-assessment on the round’s rubric */
        put: operations["EntrantJudgingController_saveSelfAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/entrants/{entrantId}/self-assessment/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the self-assessment (locked afterwards) */
        post: operations["EntrantJudgingController_submitSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/entrants/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A draft first round takes in candidacies approved since it was created */
        post: operations["RoundsController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/materials.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the round shows of its entrants, as one ZIP for offline review
         * @description Streamed as it is written. One folder per entrant (`<enterprise>-<first 8 characters of the entrant id>/`) with `entry.html` (the shown answers, labels in English and Chinese), `documents/<field>/` (the documents of shown fields) and `attachments/<slot>/` (the judges’ attachments, without judges’ names); `manifest.csv` lists every file with its SHA-256 and size. Names are made safe and unique. The export is in the audit log (`round.materials-exported`).
         */
        get: operations["RoundMaterialsController_zip"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judges of the round and its chair */
        get: operations["RoundsController_panel"];
        /** Set the judges of the round (at most one chair) */
        put: operations["RoundsController_setPanel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sheets submitted, in draft and not started, per judge and per entrant */
        get: operations["RoundsController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remind now every judge with unfinished sheets
         * @description One notification per judge. Reminders are also sent by themselves before the round closes.
         */
        post: operations["RoundsController_remind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The round’s results
         * @description Per entrant: each judge’s total, the aggregate by the round’s method, spread and disagreement flag, category percentages, weakest category, band, rank and the tie-break step that decided, and the advancement proposal; judge diagnostics and ICC(1). Organizers read them any time (provisional while open); judges of the panel only once the round is closed, and then computed as if the entrants they are conflicted with did not exist (no row, and no trace in any statistic, normalisation, agreement or rank; every advancement decision that could depend on the hidden entrants is withheld (null) from such a view: a top-N one always, a minimum score or band under z-score aggregation).
         */
        get: operations["RoundsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/sheets/{sheetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A score sheet with every submitted revision and the judge’s attachments */
        get: operations["RoundsController_sheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/sheets/{sheetId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a submitted sheet of an open round, with a reason (the submission is kept) */
        post: operations["RoundsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rounds/{roundId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open, close or finalise the round
         * @description Opening needs entrants, each with its k judges, and the previous round finalised. Closing needs every sheet submitted, or `force` with a reason (missing sheets are excluded and reported). Finalising stores the results with a checksum and puts the advancing entrants into the next round.
         */
        post: operations["RoundsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rubrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every rubric, with its latest version number */
        get: operations["RubricsController_list"];
        put?: never;
        /**
         * Create a rubric (its version 1)
         * @description Categories with whole-point weights summing to 100, items with whole-number scales, and bands that cover 0-100 in whole points. A 400 names every field at fault.
         */
        post: operations["RubricsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rubrics/{rubricId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rubric and all its versions */
        get: operations["RubricsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rubrics/{rubricId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit a rubric: add its next version
         * @description Versions are never changed once written, so a round keeps the rubric it was scored on.
         */
        post: operations["RubricsController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rubrics/{rubricId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a rubric */
        get: operations["RubricsController_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rubrics/{rubricId}/versions/{version}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a complete score sheet gives on this version
         * @description Category percentages, the weighted total, the weakest category and the band, computed exactly as rounds will: lets organizers check a rubric before they use it. Nothing is stored.
         */
        post: operations["RubricsController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sitemap.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sitemap: the home page and each announced campaign’s pages, in English and Chinese
         * @description sitemaps.org 0.9 with `xhtml:link` alternates (hreflang en, zh-CN, x-default): the home page, and for each announced campaign its results page, methodology and industry pages, dated by the announcement. A campaign not yet announced is not in it.
         */
        get: operations["SiteIndexController_sitemapXml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff invitations, newest first, optionally in one state */
        get: operations["StaffInvitationsController_list"];
        put?: never;
        /**
         * Invite a judge or an organizer by email
         * @description The invitee gets the `staff-invitation` mail with a link to /account/invitation (single use, valid 7 days, revocable), where they choose their name and password; that creates the account with this role and signs them in. One open invitation per address; an expired one is replaced. Audited.
         */
        post: operations["StaffInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff-invitations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an open (or expired) invitation: its link stops working. Audited. */
        post: operations["StaffInvitationsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/system/worker-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a probe job through the queue and wait for a worker to answer it
         * @description 503 with Retry-After when Redis is away or no worker answers within 5 s.
         */
        post: operations["SystemController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts (oldest first unless sorted), found by name or address */
        get: operations["UsersController_list"];
        put?: never;
        /**
         * Create a judge or organizer account with a password (scripts and tests)
         * @description People are added by invitation (POST /staff-invitations): they choose their own password and prove their address. This direct creation stays for scripts; the organizer vouches for the address.
         */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Make a judge an organizer, or an organizer a judge
         * @description Enterprise accounts keep their role, and an organizer cannot change their own. The account’s tokens stop working at once: the user signs in again under the new role. Audited.
         */
        patch: operations["UsersController_setRole"];
        trace?: never;
    };
    "/users/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Disable or re-enable an account
         * @description Either way the account’s tokens stop working at once (re-enabled users sign in again).
         */
        patch: operations["UsersController_setStatus"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationLinkDto: {
            /**
             * @description required when the address has no account yet (`accountExists: false`); ignored otherwise
             * @example Liu Yang
             */
            displayName?: string;
            /**
             * @description zh (Chinese) or en (English)
             * @example zh
             * @enum {string}
             */
            language?: "zh" | "en";
            /** @example correct horse battery staple */
            password: string;
            /**
             * @description the `token` of the emailed link
             * @example q3Jx0b7m1Zr8c2VnT4yKpL9sWd6Ea5HfUo0iNgBtYcM
             */
            token: string;
        };
        AcceptStaffInvitationDto: {
            /** @example Zhang Min */
            displayName: string;
            /**
             * @description zh (Chinese) or en (English)
             * @example zh
             * @enum {string}
             */
            language?: "zh" | "en";
            /** @example correct horse battery staple */
            password: string;
            /**
             * @description the `token` of the emailed link
             * @example q3Jx0b7m1Zr8c2VnT4yKpL9sWd6Ea5HfUo0iNgBtYcM
             */
            token: string;
        };
        AccessTokenResponseDto: {
            /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.signature */
            accessToken: string;
            /**
             * @description seconds until the token expires
             * @example 3600
             */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["UserResponseDto"];
        };
        AddedConflictResponseDto: {
            conflict: components["schemas"]["ConflictResponseDto"];
            /**
             * @description Assignments whose sheet was already submitted: they keep counting, flagged to organizers, until one decides
             * @example []
             */
            flaggedAssignments: string[];
            /**
             * @description Unfinished assignments ended because of this conflict
             * @example [
             *       "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b"
             *     ]
             */
            withdrawnAssignments: string[];
        };
        AddEntrantDto: {
            /**
             * @description An approved candidacy of the round’s category
             * @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b
             */
            candidacyId: string;
            /** @example Site visit moved: the centre relocated in March */
            reason: string;
        };
        AdvancementRuleDto: {
            /**
             * @description min-band: the lowest band that goes through
             * @example certified
             */
            band?: string;
            /**
             * @example top-n
             * @enum {string}
             */
            kind: "top-n" | "min-score" | "min-band";
            /**
             * @description top-n: how many go through
             * @example 5
             */
            n?: number;
            /**
             * @description top-n: the top N of each industry rather than overall
             * @example true
             */
            perIndustry?: boolean;
            /**
             * @description min-score: the lowest score that goes through (0-100)
             * @example 70
             */
            score?: number;
        };
        AffiliationDto: {
            /** @example 91440300MA5FXXXX1X */
            creditCode?: Record<string, never> | null;
            /** @example 2018 */
            fromYear: number;
            /** @example Example Telecom Co., Ltd. */
            organisation: string;
            /**
             * @example employer
             * @enum {string}
             */
            relation: "employer" | "client";
            /**
             * @description null: still current
             * @example 2024
             */
            toYear?: Record<string, never> | null;
        };
        AnnouncementDto: {
            /**
             * @description already-announced when it had been: announcing twice publishes once
             * @example announced
             * @enum {string}
             */
            outcome: "announced" | "already-announced";
        };
        AssignJudgeDto: {
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
        };
        AssignmentDossierResponseDto: {
            assignment: components["schemas"]["WorkloadItemResponseDto"];
            /** @description My attachments to this sheet */
            attachments: components["schemas"]["SheetAttachmentResponseDto"][];
            /**
             * @description What the round lets me attach to this sheet (none: an empty list)
             * @example [
             *       {
             *         "key": "report",
             *         "label": {
             *           "en": "Report",
             *           "zh": "评审报告"
             *         },
             *         "accept": [
             *           "application/pdf"
             *         ],
             *         "maxBytes": 20971520,
             *         "maxFiles": 1
             *       },
             *       {
             *         "key": "photos",
             *         "label": {
             *           "en": "Photos",
             *           "zh": "照片"
             *         },
             *         "accept": [
             *           "image/jpeg",
             *           "image/png"
             *         ],
             *         "maxBytes": 10485760,
             *         "maxFiles": 20
             *       }
             *     ]
             */
            attachmentSlots: components["schemas"]["AttachmentSlotDto"][];
            /**
             * @description The candidate’s declared profile (never its contacts or revenue)
             * @example {
             *       "legalName": "Shenzhen Example Contact Center Co., Ltd.",
             *       "legalNameZh": "深圳示例客服中心有限公司",
             *       "industryCode": "telecom",
             *       "organizationType": "in-house",
             *       "businessTypes": [
             *         "customer-service"
             *       ],
             *       "region": "Guangdong, Shenzhen",
             *       "seats": 250
             *     }
             */
            dossier: Record<string, never>;
            /** @description When the round’s materials show previous feedback: the entrant’s results and the judges’ comments in the finalised earlier rounds of the same campaign and category, without judges’ names; otherwise empty */
            earlierRounds: components["schemas"]["EarlierRoundFeedbackDto"][];
            /**
             * @description The entry as the round shows it: its shown fields that show with the answers, by section, labels in both languages, each answer raw and as text; file fields list their documents (open one through `GET /judging/assignments/{assignmentId}/documents/{documentId}/link`). Null: the candidacy has no entry
             * @example {
             *       "formKey": "best-centre-2027",
             *       "formVersion": 1,
             *       "state": "submitted",
             *       "sections": [
             *         {
             *           "key": "case",
             *           "title": {
             *             "en": "Your case",
             *             "zh": "参评案例"
             *           },
             *           "description": null,
             *           "fields": [
             *             {
             *               "key": "channels",
             *               "type": "multiple-choice",
             *               "label": {
             *                 "en": "Channels",
             *                 "zh": "渠道"
             *               },
             *               "help": null,
             *               "required": true,
             *               "answer": [
             *                 "phone",
             *                 "chat"
             *               ],
             *               "text": {
             *                 "en": "Phone; Chat",
             *                 "zh": "电话；在线聊天"
             *               },
             *               "options": [
             *                 {
             *                   "value": "phone",
             *                   "label": {
             *                     "en": "Phone",
             *                     "zh": "电话"
             *                   }
             *                 },
             *                 {
             *                   "value": "chat",
             *                   "label": {
             *                     "en": "Chat",
             *                     "zh": "在线聊天"
             *                   }
             *                 }
             *               ],
             *               "columns": null,
             *               "documents": null
             *             },
             *             {
             *               "key": "evidence",
             *               "type": "file",
             *               "label": {
             *                 "en": "Evidence",
             *                 "zh": "证明材料"
             *               },
             *               "help": null,
             *               "required": false,
             *               "answer": [
             *                 "5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90"
             *               ],
             *               "text": {
             *                 "en": "年报.pdf",
             *                 "zh": "年报.pdf"
             *               },
             *               "options": null,
             *               "columns": null,
             *               "documents": [
             *                 {
             *                   "id": "5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90",
             *                   "fileName": "年报.pdf",
             *                   "mediaType": "application/pdf",
             *                   "sizeBytes": 482133,
             *                   "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             *                   "scan": "clean"
             *                 }
             *               ]
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            entry: Record<string, never> | null;
            /** @description The rubric version the round is scored on */
            rubric: components["schemas"]["RubricContentResponseDto"];
            sheet: components["schemas"]["SheetViewResponseDto"];
        };
        AssignmentResponseDto: {
            /**
             * @description An organizer kept this submitted sheet counting despite a later conflict: { reason, by, at }; null otherwise
             * @example null
             */
            conflictKept: Record<string, never> | null;
            /** @example 2027-05-01T09:00:00.000Z */
            createdAt: string;
            /** @example null */
            endedAt: string | null;
            /** @example null */
            endedReason: string | null;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            id: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            /** @example Prof. Li Wei */
            judgeName: string;
            /**
             * @example automatic
             * @enum {string}
             */
            method: "manual" | "automatic";
            /**
             * @description The assignment that replaced this one
             * @example null
             */
            replacedBy: string | null;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string;
            /** @example 2027 */
            seed: number | null;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            sheetId: string | null;
            /** @example draft */
            sheetState: string | null;
            /**
             * @example active
             * @enum {string}
             */
            state: "active" | "replaced" | "withdrawn";
        };
        AttachmentSlotDto: {
            /**
             * @description Media types, or a whole top-level type (`image/*`); checked against the file’s bytes
             * @example [
             *       "application/pdf"
             *     ]
             */
            accept: string[];
            /**
             * @description A lower-case letter, then lower-case letters, digits, _ or -
             * @example report
             */
            key: string;
            label: components["schemas"]["SlotLabelDto"];
            /**
             * @description Bytes per file, at most DOCUMENT_MAX_BYTES
             * @example 20971520
             */
            maxBytes: number;
            /**
             * @description Files per sheet, 1 to 50
             * @example 1
             */
            maxFiles: number;
        };
        AuditEntryPageDto: {
            items: components["schemas"]["AuditEntryResponseDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description items matching the filter, over all pages
             * @example 1
             */
            total: number;
        };
        AuditEntryResponseDto: {
            /** @example user.created */
            action: string;
            /**
             * Format: uuid
             * @example 0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d
             */
            actorId?: string | null;
            /** @example organizer */
            actorRole?: string | null;
            /**
             * @example {
             *       "status": "disabled"
             *     }
             */
            after?: Record<string, never> | null;
            /**
             * @example {
             *       "status": "active"
             *     }
             */
            before?: Record<string, never> | null;
            /** @example 0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d */
            entityId?: string | null;
            /** @example user */
            entityType: string;
            /** @example 1042 */
            id: string;
            /** @example 203.0.113.7 */
            ip?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            occurredAt: string;
            /** @example 3f0c7a52-2d7e-4d59-a2a6-5f8d3e1c9b10 */
            requestId?: string | null;
        };
        AutomaticAssignmentDto: {
            /**
             * @description The same seed, panel and entrants always give the same assignment
             * @example 2027
             */
            seed: number;
        };
        AutomaticAssignmentResponseDto: {
            /** @example 36 */
            created: number;
            /**
             * @description Assignments to a judge with expertise in the entrant’s industry
             * @example 30
             */
            expertMatches: number;
            /**
             * @description Assignments per judge of the panel
             * @example {
             *       "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f": 8
             *     }
             */
            loads: Record<string, never>;
            /** @example 2027 */
            seed: number;
        };
        AwardsExportDto: {
            /**
             * @example {
             *       "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *       "slug": "care-awards-2027",
             *       "name": "Care Awards 2027",
             *       "year": 2027,
             *       "state": "deciding"
             *     }
             */
            campaign: Record<string, never>;
            categories: components["schemas"]["CategoryProposalDto"][];
            /**
             * @description The last verified identity of every enterprise the export names: every ranking, round and category row is named from it, whatever name the snapshot or round was computed with.
             * @example [
             *       {
             *         "enterpriseId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "name": "China Mobile Customer Service Co., Ltd.",
             *         "identityVersion": 2
             *       }
             *     ]
             */
            enterprises: Record<string, never>[];
            /**
             * @example [
             *       {
             *         "industryCode": "telecom",
             *         "snapshotId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "sequence": 4,
             *         "entries": []
             *       }
             *     ]
             */
            rankings: Record<string, never>[];
            /**
             * @example [
             *       {
             *         "roundId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "name": "Site visit",
             *         "position": 2,
             *         "state": "finalised",
             *         "entrants": []
             *       }
             *     ]
             */
            rounds: Record<string, never>[];
        };
        BindEntryFormDto: {
            /**
             * Format: uuid
             * @description the entry form this category asks for
             * @example 0c4e6a8b-2d1f-4e3a-9b5c-7d6e5f4a3b2c
             */
            formId: string;
        };
        CampaignDashboardDto: {
            /** @example 5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90 */
            campaignId: string;
            /** @description Per category with an entry form */
            completeness: components["schemas"]["CategoryCompletenessDto"][];
            /** @description One row per industry, in the campaign’s order */
            industries: components["schemas"]["IndustryDashboardDto"][];
            /** @description The move the schedule makes next, and when; null when its date is not set */
            nextTransition: components["schemas"]["NextTransitionDto"] | null;
            /**
             * @example registration
             * @enum {string}
             */
            state: "draft" | "registration" | "survey" | "judging" | "deciding" | "announced" | "archived";
        };
        CampaignPageDto: {
            items: components["schemas"]["CampaignSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description items matching the filter, over all pages
             * @example 1
             */
            total: number;
        };
        CampaignResponseDto: {
            categories: components["schemas"]["CategoryResponseDto"][];
            /**
             * Format: uuid
             * @description the campaign this was cloned from
             * @example null
             */
            clonedFrom?: string | null;
            /** @example The yearly customer-care awards. */
            descriptionEn: string;
            /** @example 年度客户关怀奖项。 */
            descriptionZh: string;
            /**
             * Format: uuid
             * @example 3e9d2c1b-0a8f-4e7d-9c6b-5a4f3e2d1c0b
             */
            id: string;
            /**
             * @example [
             *       "telecom",
             *       "finance"
             *     ]
             */
            industryCodes: string[];
            /**
             * @description judges must sign in with a second factor
             * @example false
             */
            judgesRequireTwoFactor: boolean;
            /**
             * @example zh
             * @enum {string}
             */
            language: "zh" | "en";
            /**
             * Format: date-time
             * @description set when the survey opens
             * @example null
             */
            methodologyFrozenAt?: string | null;
            /** @example Customer Care Awards 2027 */
            name: string;
            /** @example 2027 客户关怀奖 */
            nameZh: string | null;
            rules: components["schemas"]["RulesDto"];
            schedule: components["schemas"]["ScheduleDto"];
            /** @example care-benchmark-2027 */
            slug: string;
            /**
             * @example draft
             * @enum {string}
             */
            state: "draft" | "registration" | "survey" | "judging" | "deciding" | "announced" | "archived";
            /**
             * Format: date-time
             * @example 2027-01-10T00:00:00.000Z
             */
            stateChangedAt: string;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @example 2027 */
            year: number;
        };
        CampaignSummaryDto: {
            /**
             * Format: uuid
             * @example 3e9d2c1b-0a8f-4e7d-9c6b-5a4f3e2d1c0b
             */
            id: string;
            /**
             * @example zh
             * @enum {string}
             */
            language: "zh" | "en";
            /** @example Customer Care Awards 2027 */
            name: string;
            /** @example 2027 客户关怀奖 */
            nameZh: string | null;
            /** @example care-benchmark-2027 */
            slug: string;
            /**
             * @example draft
             * @enum {string}
             */
            state: "draft" | "registration" | "survey" | "judging" | "deciding" | "announced" | "archived";
            /**
             * Format: date-time
             * @example 2027-01-10T00:00:00.000Z
             */
            stateChangedAt: string;
            /** @example Asia/Shanghai */
            timeZone: string;
            /** @example 2027 */
            year: number;
        };
        CandidacyPageDto: {
            /** @description counts over all pages, under the same filters */
            countsByIndustry: components["schemas"]["IndustryCountDto"][];
            items: components["schemas"]["CandidacyResponseDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /** @example 12 */
            total: number;
        };
        CandidacyResponseDto: {
            /**
             * Format: uuid
             * @example 3e9d2c1b-0a8f-4e7d-9c6b-5a4f3e2d1c0b
             */
            campaignId: string;
            /**
             * Format: uuid
             * @example 7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            categoryId: string;
            /**
             * Format: date-time
             * @example 2027-01-15T03:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            decidedAt?: string | null;
            /** @example null */
            decisionReason?: string | null;
            /**
             * Format: uuid
             * @example 5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90
             */
            enterpriseId: string;
            /** @example Shenzhen Example Telecom Co., Ltd. */
            enterpriseName?: string;
            /**
             * Format: uuid
             * @example 9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a
             */
            id: string;
            /**
             * @description the enterprise’s industry when it entered
             * @example telecom
             */
            industryCode: string;
            /**
             * @example submitted
             * @enum {string}
             */
            state: "submitted" | "approved" | "rejected" | "withdrawn";
        };
        CategoryCompletenessDto: {
            /** @example 7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d */
            categoryId: string;
            /** @example best-contact-centre-2027 */
            formKey: string;
            /** @example 2 */
            formVersion: number;
            /** @description in the campaign’s industry order */
            industries: components["schemas"]["IndustryCompletenessDto"][];
            /** @example Best Call Center of the Year */
            name: string;
            /** @example 中国最佳呼叫中心 */
            nameZh: string | null;
            total: components["schemas"]["CompletenessCountsDto"];
        };
        CategoryDto: {
            /**
             * @example survey-benchmark
             * @enum {string}
             */
            kind: "survey-benchmark" | "panel" | "combined";
            /**
             * @description most winners per industry (or overall)
             * @example 3
             */
            maxWinners: number;
            /**
             * @description combined only: least panel band to win
             * @example certified
             */
            minPanelBand?: string | null;
            /** @example Customer Care Benchmark Enterprise */
            name: string;
            /** @example 客户关怀标杆企业 */
            nameZh?: string | null;
            /**
             * @description combined only
             * @example 30
             */
            panelWeight?: number | null;
            /**
             * @description awarded in each industry (true) or once overall (false)
             * @example true
             */
            perIndustry: boolean;
            /**
             * @description combined only; with panelWeight sums to 100
             * @example 70
             */
            surveyWeight?: number | null;
        };
        CategoryPercentDto: {
            /** @example 1 */
            code: string;
            /** @example 75 */
            percent: number;
            /** @example 10 */
            weight: number;
        };
        CategoryProposalDto: {
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            categoryId: string;
            decision: components["schemas"]["DecisionDto"] | null;
            /**
             * @description SHA-256 of the proposal (names and identity versions included); name it to confirm. A re-verified identity changes it
             * @example 3f0c9a1d2b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8
             */
            evidenceHash: string;
            /**
             * @example survey-benchmark
             * @enum {string}
             */
            kind: "survey-benchmark" | "panel" | "combined";
            /** @example 3 */
            maxWinners: number;
            /** @example Customer Care Benchmark Enterprise */
            name: string;
            /** @example 客户关怀标杆企业 */
            nameZh: string | null;
            /** @example true */
            perIndustry: boolean;
            /**
             * @description The rule, the evidence (snapshot and round versions), and per group the winners with figures. Enterprises are named by their last verified identity (`identityVersion`), as they would be published.
             * @example {
             *       "kind": "survey-benchmark",
             *       "rule": "Per industry, the leader by CSI among ranked enterprises plus every enterprise not significantly below it (one-sided Welch test, Holm-adjusted, alpha as published); at most 3",
             *       "evidence": {
             *         "snapshots": [
             *           {
             *             "industryCode": "telecom",
             *             "snapshotId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *             "sequence": 4,
             *             "methodologyVersion": "csi-2026.1"
             *           }
             *         ],
             *         "round": null
             *       },
             *       "problems": [],
             *       "industries": [
             *         {
             *           "industryCode": "telecom",
             *           "winners": [
             *             {
             *               "enterpriseId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *               "enterpriseName": "Shenzhen Harbour Telecom Co., Ltd.",
             *               "figures": {
             *                 "n": 412,
             *                 "csi": 84.2,
             *                 "csiLow": 82.9,
             *                 "csiHigh": 85.5,
             *                 "cli": 79.1,
             *                 "nps": 38.5,
             *                 "p": null,
             *                 "adjustedP": null
             *               },
             *               "decidedBy": "winner-set",
             *               "identityVersion": 2
             *             }
             *           ],
             *           "noWinnerReason": null,
             *           "notes": [],
             *           "candidates": [],
             *           "noWinnerReasonZh": null
             *         }
             *       ],
             *       "ruleZh": "每个行业中，参与排名企业里 CSI 最高者，以及与其无显著差异的所有企业（单侧 Welch 检验，Holm 校正，显著性水平见公布参数）；最多 3 名",
             *       "problemsZh": []
             *     }
             */
            proposal: components["schemas"]["ProposalDto"];
        };
        CategoryResponseDto: {
            /**
             * Format: uuid
             * @example 7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * @example survey-benchmark
             * @enum {string}
             */
            kind: "survey-benchmark" | "panel" | "combined";
            /**
             * @description most winners per industry (or overall)
             * @example 3
             */
            maxWinners: number;
            /**
             * @description combined only: least panel band to win
             * @example certified
             */
            minPanelBand?: string | null;
            /** @example Customer Care Benchmark Enterprise */
            name: string;
            /** @example 客户关怀标杆企业 */
            nameZh?: string | null;
            /**
             * @description combined only
             * @example 30
             */
            panelWeight?: number | null;
            /**
             * @description awarded in each industry (true) or once overall (false)
             * @example true
             */
            perIndustry: boolean;
            /**
             * @description combined only; with panelWeight sums to 100
             * @example 70
             */
            surveyWeight?: number | null;
        };
        CategoryResultDto: {
            /** @example service */
            code: string;
            /**
             * @description Points above the scales’ minimums as a percentage of the maximum
             * @example 80
             */
            percent: number;
            /** @example 60 */
            weight: number;
        };
        CertificateCategoryDto: {
            /** @example Best Call Center of the Year */
            name: string;
            /** @example 中国最佳呼叫中心 */
            nameZh: string | null;
        };
        CertificateIndustryDto: {
            /** @example telecom */
            code: string;
            /** @example Telecommunications */
            name: string;
            /** @example 电信 */
            nameZh: string | null;
        };
        ChairDecisionDto: {
            /**
             * @description Tied entrants, first to last
             * @example [
             *       "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
             *     ]
             */
            order: string[];
            /** @example Site visit moved: the centre relocated in March */
            reason: string;
        };
        ChangePasswordDto: {
            /** @example correct horse battery staple */
            currentPassword: string;
            /** @example a longer and newer passphrase */
            newPassword: string;
        };
        ChoiceOptionDto: {
            /**
             * @example {
             *       "en": "Phone",
             *       "zh": "电话"
             *     }
             */
            label: components["schemas"]["LocalizedTextDto"];
            /**
             * @description 1-100 characters, unique in the field: what answers hold
             * @example phone
             */
            value: string;
        };
        CloneCampaignDto: {
            /**
             * @description default: the name with the year replaced
             * @example Customer Care Awards 2028
             */
            name?: string;
            /** @example care-benchmark-2028 */
            slug: string;
            /**
             * @description default: the next year
             * @example 2028
             */
            year?: number;
        };
        CompletenessCountsDto: {
            /**
             * @description candidacies still in the running (submitted or approved)
             * @example 12
             */
            candidacies: number;
            missing: components["schemas"]["MissingCountDto"][];
            /**
             * @description with a saved entry
             * @example 9
             */
            started: number;
            /** @example 6 */
            submitted: number;
        };
        ConfirmPasswordResetDto: {
            /** @example a longer and newer passphrase */
            newPassword: string;
            /**
             * @description the `token` of the link in the mail
             * @example q3W9x1bS0f7Jk2LmN4pR6tV8yA0cE2gI4kM6oQ8sU0w
             */
            token: string;
        };
        ConflictAwaitingDecisionDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            assignmentId: string;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            reasons: components["schemas"]["ConflictReasonDto"][];
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            sheetId: string | null;
        };
        ConflictDecisionDto: {
            /**
             * @description withdraw: the sheet stops counting (the assignment ends as withdrawn; an entrant left with fewer than k counted sheets then needs a forced close); keep: it keeps counting, and the flag is cleared
             * @example withdraw
             * @enum {string}
             */
            decision: "withdraw" | "keep";
            /**
             * @description Withdraw although it leaves the entrant fewer than k counted sheets in a closed round (no new judge can be assigned there): the reason is added to the round’s forced-close reason, published with its results
             * @example false
             */
            force?: boolean;
            /** @example Site visit moved: the centre relocated in March */
            reason: string;
        };
        ConflictDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            enterpriseId: string;
            /** @example Site visit moved: the centre relocated in March */
            reason: string;
        };
        ConflictReasonDto: {
            /** @example Former client */
            reason: string;
            /**
             * @description declared, recorded or affiliation
             * @example declared
             */
            source: string;
        };
        ConflictResponseDto: {
            /** @example 2027-05-01T09:00:00.000Z */
            createdAt: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            enterpriseId: string;
            /** @example Example Telecom Co., Ltd. */
            enterpriseName: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            id: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            /** @example My spouse manages their contact centre */
            reason: string;
            /** @example null */
            recordedBy: string | null;
            /**
             * @example declared
             * @enum {string}
             */
            source: "declared" | "recorded";
        };
        ContradictionRuleDto: {
            /** @example SAT1 */
            itemA: string;
            /** @example LOY1 */
            itemB: string;
            /**
             * @description rescaled points (0-100) apart that count as a contradiction
             * @example 80
             */
            maxGapPoints: number;
        };
        CreateCampaignDto: {
            categories: components["schemas"]["CategoryDto"][];
            /**
             * @default
             * @example The yearly customer-care awards.
             */
            descriptionEn: string;
            /**
             * @default
             * @example 年度客户关怀奖项。
             */
            descriptionZh: string;
            /**
             * @example [
             *       "telecom",
             *       "finance"
             *     ]
             */
            industryCodes: string[];
            /**
             * @description judges of this campaign must sign in with a second factor (TOTP) to see its assignments, score sheets and conflicts; otherwise 403 TWO_FACTOR_REQUIRED. Editable until the campaign is archived.
             * @default false
             * @example false
             */
            judgesRequireTwoFactor: boolean;
            /**
             * @description The language of its emails to people who have not chosen one
             * @default zh
             * @example zh
             * @enum {string}
             */
            language: "zh" | "en";
            /** @example Customer Care Awards 2027 */
            name: string;
            /**
             * @description The name in Chinese, shown on the public site in Chinese; empty or null for none
             * @example 2027 客户关怀奖
             */
            nameZh?: string | null;
            rules?: components["schemas"]["RulesDto"];
            schedule?: components["schemas"]["ScheduleDto"];
            /**
             * @description lower-case letters, digits and dashes
             * @example care-benchmark-2027
             */
            slug: string;
            /**
             * @description IANA time zone
             * @example Asia/Shanghai
             */
            timeZone: string;
            /** @example 2027 */
            year: number;
        };
        CreateEnterpriseDto: {
            /**
             * @description annual revenue in yuan, as a decimal string (exact); weights industry aggregates
             * @example 1250000000.00
             */
            annualRevenue?: string | null;
            /**
             * @example [
             *       "customer-service",
             *       "technical-support"
             *     ]
             */
            businessTypes: string[];
            /** @example zhang.min@example.cn */
            contactEmail: string;
            /** @example Zhang Min */
            contactName: string;
            /** @example +86 755 1234 5678 */
            contactPhone?: string | null;
            /**
             * @description unified social credit code (18 characters, checked)
             * @example 91440300708461136T
             */
            creditCode: string;
            /**
             * @description an industry code from the reference data
             * @example telecom
             */
            industryCode: string;
            /** @example Shenzhen Example Telecom Co., Ltd. */
            legalName: string;
            /** @example 深圳示例电信有限公司 */
            legalNameZh?: string | null;
            /**
             * @example in-house
             * @enum {string}
             */
            organizationType: "in-house" | "outsourced";
            /** @example Guangdong, Shenzhen */
            region: string;
            /**
             * @description agent positions
             * @example 420
             */
            seats: number;
        };
        CreateEntryFormDto: {
            /**
             * @description Ordered sections of ordered fields. Checked whole: a 400 names every path at fault (`definition.sections[1].fields[2].maxLength`).
             * @example {
             *       "sections": [
             *         {
             *           "key": "profile",
             *           "title": {
             *             "en": "Your contact centre",
             *             "zh": "你的客服中心"
             *           },
             *           "fields": [
             *             {
             *               "key": "centre_name",
             *               "type": "short-text",
             *               "label": {
             *                 "en": "Centre name",
             *                 "zh": "中心名称"
             *               },
             *               "required": true,
             *               "maxLength": 100
             *             },
             *             {
             *               "key": "seats",
             *               "type": "number",
             *               "label": {
             *                 "en": "Seats",
             *                 "zh": "座席数"
             *               },
             *               "required": true,
             *               "integer": true,
             *               "min": 1,
             *               "max": 100000
             *             },
             *             {
             *               "key": "outsourced",
             *               "type": "single-choice",
             *               "label": {
             *                 "en": "Do you outsource any of the work?",
             *                 "zh": "是否有外包业务？"
             *               },
             *               "required": true,
             *               "options": [
             *                 {
             *                   "value": "yes",
             *                   "label": {
             *                     "en": "Yes",
             *                     "zh": "是"
             *                   }
             *                 },
             *                 {
             *                   "value": "no",
             *                   "label": {
             *                     "en": "No",
             *                     "zh": "否"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "outsourcing_share",
             *               "type": "number",
             *               "label": {
             *                 "en": "Share outsourced (%)",
             *                 "zh": "外包比例（%）"
             *               },
             *               "required": true,
             *               "min": 0,
             *               "max": 100,
             *               "showWhen": {
             *                 "field": "outsourced",
             *                 "in": [
             *                   "yes"
             *                 ]
             *               }
             *             }
             *           ]
             *         },
             *         {
             *           "key": "case",
             *           "title": {
             *             "en": "Your case",
             *             "zh": "参评案例"
             *           },
             *           "description": {
             *             "en": "What you changed and what it achieved",
             *             "zh": "你做了哪些改变，取得了什么成效"
             *           },
             *           "fields": [
             *             {
             *               "key": "summary",
             *               "type": "long-text",
             *               "label": {
             *                 "en": "Summary",
             *                 "zh": "案例摘要"
             *               },
             *               "help": {
             *                 "en": "With figures before and after",
             *                 "zh": "请附改进前后的数据"
             *               },
             *               "required": true,
             *               "minLength": 50,
             *               "maxLength": 5000
             *             },
             *             {
             *               "key": "channels",
             *               "type": "multiple-choice",
             *               "label": {
             *                 "en": "Channels served",
             *                 "zh": "服务渠道"
             *               },
             *               "required": true,
             *               "minChoices": 1,
             *               "maxChoices": 3,
             *               "options": [
             *                 {
             *                   "value": "phone",
             *                   "label": {
             *                     "en": "Phone",
             *                     "zh": "电话"
             *                   }
             *                 },
             *                 {
             *                   "value": "chat",
             *                   "label": {
             *                     "en": "Online chat",
             *                     "zh": "在线聊天"
             *                   }
             *                 },
             *                 {
             *                   "value": "social",
             *                   "label": {
             *                     "en": "Social media",
             *                     "zh": "社交媒体"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "launched_on",
             *               "type": "date",
             *               "label": {
             *                 "en": "Launched on",
             *                 "zh": "启动日期"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "website",
             *               "type": "url",
             *               "label": {
             *                 "en": "Website",
             *                 "zh": "网站"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "contact_email",
             *               "type": "email",
             *               "label": {
             *                 "en": "Contact email",
             *                 "zh": "联系邮箱"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "evidence",
             *               "type": "file",
             *               "label": {
             *                 "en": "Evidence",
             *                 "zh": "证明材料"
             *               },
             *               "required": false,
             *               "accept": [
             *                 "application/pdf",
             *                 "image/*"
             *               ],
             *               "maxBytes": 20971520,
             *               "maxFiles": 3
             *             },
             *             {
             *               "key": "sites",
             *               "type": "table",
             *               "label": {
             *                 "en": "Sites",
             *                 "zh": "站点"
             *               },
             *               "required": false,
             *               "maxRows": 10,
             *               "columns": [
             *                 {
             *                   "key": "city",
             *                   "label": {
             *                     "en": "City",
             *                     "zh": "城市"
             *                   },
             *                   "type": "text",
             *                   "required": true
             *                 },
             *                 {
             *                   "key": "seats",
             *                   "label": {
             *                     "en": "Seats",
             *                     "zh": "座席数"
             *                   },
             *                   "type": "number"
             *                 }
             *               ]
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            definition: components["schemas"]["FormDefinitionDto"];
            /**
             * @description 2-80 lower-case letters, digits or "-"
             * @example best-contact-centre-2027
             */
            key: string;
            /** @example Best Contact Centre: entry form */
            name: string;
            /** @example 最佳客服中心：申报表 */
            nameZh: string;
            /** @example Adds the outsourcing share */
            note?: Record<string, never> | null;
        };
        CreateMethodologyVersionDto: {
            /** @example csi-2026.1 with a stricter speeding rule (30 % of the median) */
            description: string;
            /** @description the default instrument of this version */
            items: components["schemas"]["InstrumentItemDto"][];
            parameters: components["schemas"]["MethodologyParametersDto"];
            /** @example csi-2027.1 */
            version: string;
        };
        CreateRoundDto: {
            advancementRule?: components["schemas"]["AdvancementRuleDto"] | null;
            /**
             * @description Default mean
             * @example z-score
             * @enum {string}
             */
            aggregationMethod?: "mean" | "trimmed-mean" | "median" | "z-score";
            /**
             * @description A panel or combined category of the campaign
             * @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b
             */
            categoryId: string;
            /**
             * Format: date-time
             * @description Closes by itself then, if every sheet is in
             * @example 2027-05-21T18:00:00.000Z
             */
            closesAt?: string | null;
            /**
             * @description Spread between judges (points) above which an entrant is flagged; default 15
             * @example 15
             */
            disagreementThreshold?: number;
            /**
             * @description Judges per entrant (1 for a self-assessment round); default 3
             * @example 3
             */
            judgesPerEntrant?: number;
            /** @description What the judges see of each entry and what they attach to their sheets; each part named replaces the round’s (a draft round’s only), the others stay */
            materials?: components["schemas"]["RoundMaterialsDto"];
            /** @example Document review */
            name: string;
            /**
             * @description First round: only candidates ranked in the survey
             * @example false
             */
            onlySurveyEligible?: boolean;
            /**
             * Format: date-time
             * @description Opens by itself then
             * @example 2027-05-01T09:00:00.000Z
             */
            opensAt?: string | null;
            /**
             * @description Judges with unfinished sheets are reminded this long before the close
             * @example 48
             */
            reminderHoursBeforeClose?: number;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            rubricId: string;
            /** @example 1 */
            rubricVersion: number;
            /**
             * @description Percent of the score taken from the entrant’s self-assessment; default 0 (shown, not mixed)
             * @example 10
             */
            selfAssessmentWeight?: number;
            /**
             * @description self-assessment, document-review, mystery-call, site-visit, final-panel, or custom:<name>
             * @example document-review
             */
            stageType: string;
            /**
             * @description Applied in this order to equal scores (default: all three in this order)
             * @example [
             *       "heaviest-category",
             *       "lower-spread",
             *       "chair-decision"
             *     ]
             */
            tieBreak?: ("heaviest-category" | "lower-spread" | "chair-decision")[];
            visibility?: components["schemas"]["RoundVisibilityDto"];
        };
        CreateRubricDto: {
            /**
             * @example [
             *       {
             *         "min": 81,
             *         "max": 100,
             *         "outcome": "certified-five-star"
             *       },
             *       {
             *         "min": 61,
             *         "max": 80,
             *         "outcome": "certified",
             *         "meaning": "meets the standard; certified",
             *         "meaningZh": "达到标准；通过认证"
             *       },
             *       {
             *         "min": 41,
             *         "max": 60,
             *         "outcome": "conditional"
             *       },
             *       {
             *         "min": 0,
             *         "max": 40,
             *         "outcome": "not-certified"
             *       }
             *     ]
             */
            bands: components["schemas"]["RubricBandDto"][];
            /**
             * @example [
             *       {
             *         "code": "service",
             *         "name": "Service quality",
             *         "weight": 60,
             *         "items": [
             *           {
             *             "code": "service.1",
             *             "name": "First-contact resolution",
             *             "scaleMin": 0,
             *             "scaleMax": 10,
             *             "step": 0.5,
             *             "guidance": "10: four in five contacts resolved at the first contact, measured monthly",
             *             "guidanceZh": "10：每月统计，五分之四的联系在首次联系时解决"
             *           }
             *         ]
             *       },
             *       {
             *         "code": "people",
             *         "name": "People",
             *         "weight": 40,
             *         "items": [
             *           {
             *             "code": "people.1",
             *             "name": "Coaching and training",
             *             "scaleMin": 0,
             *             "scaleMax": 100
             *           }
             *         ]
             *       }
             *     ]
             */
            categories: components["schemas"]["RubricCategoryDto"][];
            /**
             * @description 2-80 lower-case letters, digits or "-"
             * @example two-criterion-2027
             */
            key: string;
            /** @example Agency of the Year: two criteria */
            name: string;
            /** @example 年度最佳机构：两项标准 */
            nameZh?: string | null;
            /** @example Results weighted up from 15 to 20 after the 2026 review */
            note?: string | null;
        };
        CreateUserDto: {
            /** @example Li Wei */
            displayName: string;
            /** @example li.wei@example.cn */
            email: string;
            /** @example correct horse battery staple */
            password: string;
            /**
             * @example judge
             * @enum {string}
             */
            role: "organizer" | "judge";
        };
        DataQualityDto: {
            /** @example false */
            alert: boolean;
            /** @example [] */
            alertReasons: string[];
            /** @example 10 */
            duplicates: number;
            excluded: components["schemas"]["ExclusionCountsDto"];
            /** @example 0.042 */
            exclusionRate: number | null;
            flagged: components["schemas"]["FlagCountsDto"];
            /**
             * @description stored + duplicates
             * @example 440
             */
            received: number;
            /** @example 430 */
            stored: number;
            /** @example 412 */
            valid: number;
        };
        DataQualityReportDto: {
            industries: components["schemas"]["IndustryDataQualityDto"][];
            ingestion: components["schemas"]["IngestionCountsDto"];
        };
        DecideCandidacyDto: {
            /**
             * @example approved
             * @enum {string}
             */
            decision: "approved" | "rejected";
            /** @example Outside the category’s scope */
            reason?: string;
        };
        DecideWinnersDto: {
            /**
             * @description The evidenceHash of the proposal you read; a 409 if the evidence has changed since
             * @example 3f0c9a1d2b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8
             */
            evidenceHash: string;
            /**
             * @description Required (at least 20 characters) for an override; published with the results
             * @example The leader was found to have paid respondents; its responses were excluded by the board.
             */
            justification?: string;
            /** @description Omit to confirm the proposal as it is; give every group to override it */
            winners?: components["schemas"]["WinnerGroupDto"][];
        };
        DecisionDto: {
            /**
             * Format: date-time
             * @example 2027-12-10T02:00:00.000Z
             */
            decidedAt: string;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            decidedBy: string | null;
            /** @example 3f0c9a1d2b4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8 */
            evidenceHash: string;
            /** @example null */
            justification: string | null;
            /** @example false */
            overridden: boolean;
            /**
             * @description The evidence changed since: confirm again before announcing
             * @example false
             */
            stale: boolean;
            /** @example 1 */
            version: number;
            winners: components["schemas"]["WinnerGroupDto"][];
        };
        DocumentLinkResponseDto: {
            /**
             * @description DOCUMENT_LINK_TTL_SECONDS (5 minutes) from now
             * @example 2027-05-01T09:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description PDFs and images open in the browser; anything else downloads
             * @example true
             */
            inline: boolean;
            /**
             * @description Open as it is, as the reader it was made for, before it expires
             * @example https://awards.example.org/documents/5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90/content?reader=6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b&expires=1827452400&signature=mJ3Xo0pS1f0VwQ4cK8rY2tZ7uH6gB5nA9eD1iL3oP2s
             */
            url: string;
        };
        DriversDto: {
            expectations: components["schemas"]["IntervalDto"] | null;
            image: components["schemas"]["IntervalDto"] | null;
            quality: components["schemas"]["IntervalDto"] | null;
            value: components["schemas"]["IntervalDto"] | null;
        };
        EarlierCategoryResultDto: {
            /** @example 1 */
            code: string;
            /** @example Leadership */
            name: string;
            /** @example 领导能力 */
            nameZh: string | null;
            /**
             * @description The panel’s percentage for the category
             * @example 75
             */
            percent: number;
            /** @example 10 */
            weight: number;
        };
        EarlierCommentDto: {
            /**
             * @description The rubric category the comment is on
             * @example 1
             */
            category: string;
            /** @example Leadership reviews the centre’s results monthly. */
            text: string;
        };
        EarlierRoundFeedbackDto: {
            /**
             * @description Null: the round advanced no one
             * @example true
             */
            advanced: boolean | null;
            /** @example certified */
            band: string;
            /**
             * @description The band’s Chinese name in the rubric (null when it has none)
             * @example 达标
             */
            bandNameZh: string | null;
            categories: components["schemas"]["EarlierCategoryResultDto"][];
            /** @description Comments of the counted sheets, by category and then text: nothing says which judge wrote which */
            comments: components["schemas"]["EarlierCommentDto"][];
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string;
            /** @example Document review */
            roundName: string;
            /**
             * @description The entrant’s score in that round, out of 100
             * @example 73.2
             */
            score: number;
            /** @example document-review */
            stageType: string;
            /** @example 4 */
            weakestCategory: string;
        };
        EmailVerifiedDto: {
            /** @example Li Wei */
            displayName: string;
            /** @example li.wei@example.cn */
            email: string;
            /**
             * Format: date-time
             * @example 2026-03-01T08:05:00.000Z
             */
            emailVerifiedAt: string;
        };
        EnterCandidacyDto: {
            /**
             * Format: uuid
             * @description a category of this campaign
             * @example 7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            categoryId: string;
            /**
             * Format: uuid
             * @description your verified enterprise
             * @example 5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90
             */
            enterpriseId: string;
        };
        EnterpriseCertificateDto: {
            category: components["schemas"]["CertificateCategoryDto"];
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            categoryId: string;
            /**
             * @description The certificate code; it proves the certificate was issued here
             * @example K7Q2-9XMB-4T1D-H8VR
             */
            code: string;
            /**
             * @description The enterprise as the certificate names it: its verified identity at the announcement
             * @example Shanghai Huaxin Customer Service Co., Ltd.
             */
            enterpriseName: string;
            /** @description The industry of a per-industry award; null for an award across industries */
            industry: components["schemas"]["CertificateIndustryDto"] | null;
            /** @example 2027-12-10T02:00:00.000Z */
            issuedAt: string;
            /**
             * @description True when the award was shared by joint winners
             * @example false
             */
            jointWinners: boolean;
            /**
             * @description The public certificate page (HTML; add ?lang=zh for Chinese), to open, print or share
             * @example /certificates/K7Q2-9XMB-4T1D-H8VR
             */
            pageUrl: string;
            /**
             * @description Its JSON verification
             * @example /public/certificates/K7Q2-9XMB-4T1D-H8VR
             */
            verifyUrl: string;
        };
        EnterpriseDataQualityDto: {
            /** @example false */
            alert: boolean;
            /** @example [] */
            alertReasons: string[];
            /** @example 10 */
            duplicates: number;
            /** @example 7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f */
            enterpriseId: string;
            excluded: components["schemas"]["ExclusionCountsDto"];
            /** @example 0.042 */
            exclusionRate: number | null;
            flagged: components["schemas"]["FlagCountsDto"];
            /** @example Example Contact Center Co., Ltd. */
            legalName: string;
            /**
             * @description stored + duplicates
             * @example 440
             */
            received: number;
            /** @example 430 */
            stored: number;
            /** @example 412 */
            valid: number;
        };
        EnterpriseFiguresDto: {
            cli: components["schemas"]["IntervalDto"] | null;
            /** @example 0.08 */
            complaintRate: number | null;
            csi: components["schemas"]["IntervalDto"] | null;
            dataQuality: components["schemas"]["DataQualityDto"];
            drivers: components["schemas"]["DriversDto"];
            /**
             * @example ranked
             * @enum {string}
             */
            eligibility: "ranked" | "indicative" | "unpublished";
            /** @example 7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f */
            enterpriseId: string;
            /** @example Example Contact Center Co., Ltd. */
            legalName: string;
            /**
             * @description valid responses
             * @example 412
             */
            n: number;
            nps: components["schemas"]["NpsFiguresDto"] | null;
            /**
             * @description share of other ranked enterprises below
             * @example 87.5
             */
            percentile: number | null;
            /**
             * @description CSI rounded for publication
             * @example 78.4
             */
            publishedCsi: number | null;
            /**
             * @description shared on equal published CSI (1, 1, 3)
             * @example 2
             */
            rank: number | null;
        };
        EnterpriseImportResultDto: {
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string | null;
            /**
             * @description approved candidacies imported (or that would be)
             * @example 720
             */
            candidacies: number;
            /** @description each enterprise’s contact, invited by email to become its first admin; empty on a dry run */
            contacts: components["schemas"]["ImportContactDto"][];
            /** @example false */
            dryRun: boolean;
            /**
             * @description enterprises imported (or that would be, on a dry run)
             * @example 600
             */
            enterprises: number;
            /**
             * @description names this import in the audit log (`after.importId`); null on a dry run
             * @example e0d1c2b3-a4f5-4e6d-8c7b-6a5f4e3d2c1b
             */
            importId: string | null;
            rows: components["schemas"]["ImportedEnterpriseDto"][];
        };
        EnterpriseMemberResponseDto: {
            /**
             * Format: date-time
             * @example 2026-02-20T09:30:00.000Z
             */
            addedAt: string;
            /** @example Wang Fang */
            displayName: string;
            /** @example wang.fang@example.cn */
            email: string;
            /**
             * @example member
             * @enum {string}
             */
            role: "admin" | "member";
            /**
             * Format: uuid
             * @example 0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d
             */
            userId: string;
        };
        EnterprisePageDto: {
            items: components["schemas"]["EnterpriseResponseDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description items matching the filter, over all pages
             * @example 1
             */
            total: number;
        };
        EnterpriseResponseDto: {
            /** @example 1250000000.00 */
            annualRevenue?: string | null;
            /**
             * @example [
             *       "customer-service"
             *     ]
             */
            businessTypes: string[];
            /** @example zhang.min@example.cn */
            contactEmail: string;
            /** @example Zhang Min */
            contactName: string;
            /** @example +86 755 1234 5678 */
            contactPhone?: string | null;
            /**
             * Format: date-time
             * @example 2026-02-20T09:30:00.000Z
             */
            createdAt: string;
            /** @example 91440300708461136T */
            creditCode: string;
            /**
             * Format: uuid
             * @example 5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90
             */
            id: string;
            /** @example telecom */
            industryCode: string;
            /** @example Shenzhen Example Telecom Co., Ltd. */
            legalName: string;
            /** @example 深圳示例电信有限公司 */
            legalNameZh?: string | null;
            /** @example in-house */
            organizationType: string;
            /** @description an identity edit of a verified enterprise awaiting review; the fields above stay the verified identity until then */
            pendingIdentityChange?: components["schemas"]["IdentityChangeDto"] | null;
            /**
             * @description moves on every change of the profile; a review names the revision it read
             * @example 3
             */
            profileRevision: number;
            /** @example Guangdong, Shenzhen */
            region: string;
            /**
             * Format: date-time
             * @example 2026-02-21T10:00:00.000Z
             */
            reviewedAt?: string | null;
            /**
             * @description the reviewer’s reason
             * @example null
             */
            reviewReason?: string | null;
            /** @example 420 */
            seats: number;
            /**
             * @example pending
             * @enum {string}
             */
            status: "pending" | "verified" | "rejected";
        };
        EnterpriseStandingDto: {
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string;
            /** @example 2027-05-03T10:15:11.000Z */
            computedAt: string | null;
            /** @example 7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f */
            enterpriseId: string;
            /** @description own figures only */
            entry: components["schemas"]["EnterpriseFiguresDto"] | null;
            /** @example telecom */
            industryCode: string | null;
            /** @example csi-2026.1 */
            methodologyVersion: string | null;
            /**
             * @description ranked enterprises in the industry
             * @example 9
             */
            rankedInIndustry: number;
            /** @example a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d */
            snapshotId: string | null;
        };
        EntrantProgressDto: {
            /** @example 8 */
            assigned: number;
            /** @example 2 */
            drafts: number;
            /** @example Example Co. */
            enterpriseName: string;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 1 */
            notStarted: number;
            /** @example 5 */
            submitted: number;
        };
        EntrantResponseDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            candidacyId: string;
            /** @example 2027-05-01T09:00:00.000Z */
            createdAt: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            enterpriseId: string;
            /** @example Shenzhen Example Contact Center Co., Ltd. */
            enterpriseName: string;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            id: string;
            /** @example telecom */
            industryCode: string;
            /** @example null */
            reason: string | null;
            /** @example null */
            removedAt: string | null;
            /** @example null */
            removedReason: string | null;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string;
            /**
             * @example advanced
             * @enum {string}
             */
            source: "candidacy" | "advanced" | "added";
        };
        EntrantResultDto: {
            /** @example rank 1 in its industry within the top 5 */
            advancementReason: string | null;
            /** @example true */
            advances: boolean | null;
            /** @example certified */
            band: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            candidacyId: string;
            categories: components["schemas"]["CategoryPercentDto"][];
            /**
             * @description The tie-break step that ranked it
             * @example null
             */
            decidedBy: string | null;
            /** @example false */
            disagreement: boolean;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            enterpriseId: string;
            /** @example Example Co. */
            enterpriseName: string;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example telecom */
            industryCode: string;
            /**
             * @description Judges whose sheets count
             * @example 3
             */
            judges: number;
            /** @example 73.2 */
            panelScore: number;
            /** @example 1 */
            rank: number;
            /** @example 73.2 */
            score: number;
            /** @example null */
            selfAssessmentScore: number | null;
            /** @example 0 */
            selfAssessmentWeight: number;
            /** @example 6.5 */
            spread: number;
            totals: components["schemas"]["JudgeTotalDto"][];
            /** @example 4 */
            weakestCategory: string;
        };
        EntryCountsDto: {
            /**
             * @description candidacies still in the running, summed over every category with an entry form
             * @example 49
             */
            expected: number;
            /**
             * @description with a saved entry
             * @example 40
             */
            started: number;
            /** @example 31 */
            submitted: number;
        };
        EntryDocumentDto: {
            /**
             * @description the uploader’s name, without any path
             * @example Quality report 2026.pdf
             */
            fileName: string;
            /** @example 3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c */
            id: string;
            /**
             * @description sniffed from the bytes, never as declared
             * @example application/pdf
             */
            mediaType: string;
            /**
             * @description clean: clamd found nothing; unscanned: no scanner is configured
             * @example clean
             * @enum {string}
             */
            scan: "clean" | "unscanned";
            /**
             * @description hex SHA-256 of the stored bytes
             * @example 9f2c4e1b7a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f
             */
            sha256: string;
            /** @example 482133 */
            sizeBytes: number;
            /** @example 2027-03-15T08:30:00.000Z */
            uploadedAt: string;
        };
        EntryDocumentLinkDto: {
            /** @example 2028-03-18T08:35:00.000Z */
            expiresAt: string;
            /**
             * @description PDFs and images open in the browser; anything else downloads
             * @example true
             */
            inline: boolean;
            /**
             * @description open it as it is: it works for you alone, until `expiresAt`
             * @example https://awards.example.cn/documents/3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c/content?reader=2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c&expires=1836981300&signature=mJ3Xo0pS1f0VwQ4cK8rY2tZ7uH6gB5nA9eD1iL3oP2s
             */
            url: string;
        };
        EntryFieldFilesDto: {
            /** @example evidence */
            fieldKey: string;
            /**
             * @description the entry’s revision after the change
             * @example 8
             */
            revision: number;
            /**
             * @description the field’s answer now: its documents, in the order they were added
             * @example [
             *       {
             *         "id": "3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c",
             *         "fileName": "Quality report 2026.pdf",
             *         "mediaType": "application/pdf",
             *         "sizeBytes": 482133,
             *         "sha256": "9f2c4e1b7a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f",
             *         "scan": "clean",
             *         "uploadedAt": "2027-03-15T08:30:00.000Z"
             *       }
             *     ]
             */
            value: components["schemas"]["EntryDocumentDto"][];
        };
        EntryFileUploadedDto: {
            /**
             * @description the file just stored
             * @example {
             *       "id": "3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c",
             *       "fileName": "Quality report 2026.pdf",
             *       "mediaType": "application/pdf",
             *       "sizeBytes": 482133,
             *       "sha256": "9f2c4e1b7a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f",
             *       "scan": "clean",
             *       "uploadedAt": "2027-03-15T08:30:00.000Z"
             *     }
             */
            document: components["schemas"]["EntryDocumentDto"];
            /** @example evidence */
            fieldKey: string;
            /**
             * @description the entry’s revision after the change
             * @example 8
             */
            revision: number;
            /**
             * @description the field’s answer now: its documents, in the order they were added
             * @example [
             *       {
             *         "id": "3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c",
             *         "fileName": "Quality report 2026.pdf",
             *         "mediaType": "application/pdf",
             *         "sizeBytes": 482133,
             *         "sha256": "9f2c4e1b7a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f",
             *         "scan": "clean",
             *         "uploadedAt": "2027-03-15T08:30:00.000Z"
             *       }
             *     ]
             */
            value: components["schemas"]["EntryDocumentDto"][];
        };
        EntryFormRefDto: {
            /**
             * @example {
             *       "sections": [
             *         {
             *           "key": "profile",
             *           "title": {
             *             "en": "Your contact centre",
             *             "zh": "你的客服中心"
             *           },
             *           "fields": [
             *             {
             *               "key": "centre_name",
             *               "type": "short-text",
             *               "label": {
             *                 "en": "Centre name",
             *                 "zh": "中心名称"
             *               },
             *               "required": true,
             *               "maxLength": 100
             *             },
             *             {
             *               "key": "seats",
             *               "type": "number",
             *               "label": {
             *                 "en": "Seats",
             *                 "zh": "座席数"
             *               },
             *               "required": true,
             *               "integer": true,
             *               "min": 1,
             *               "max": 100000
             *             },
             *             {
             *               "key": "outsourced",
             *               "type": "single-choice",
             *               "label": {
             *                 "en": "Do you outsource any of the work?",
             *                 "zh": "是否有外包业务？"
             *               },
             *               "required": true,
             *               "options": [
             *                 {
             *                   "value": "yes",
             *                   "label": {
             *                     "en": "Yes",
             *                     "zh": "是"
             *                   }
             *                 },
             *                 {
             *                   "value": "no",
             *                   "label": {
             *                     "en": "No",
             *                     "zh": "否"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "outsourcing_share",
             *               "type": "number",
             *               "label": {
             *                 "en": "Share outsourced (%)",
             *                 "zh": "外包比例（%）"
             *               },
             *               "required": true,
             *               "min": 0,
             *               "max": 100,
             *               "showWhen": {
             *                 "field": "outsourced",
             *                 "in": [
             *                   "yes"
             *                 ]
             *               }
             *             }
             *           ]
             *         },
             *         {
             *           "key": "case",
             *           "title": {
             *             "en": "Your case",
             *             "zh": "参评案例"
             *           },
             *           "description": {
             *             "en": "What you changed and what it achieved",
             *             "zh": "你做了哪些改变，取得了什么成效"
             *           },
             *           "fields": [
             *             {
             *               "key": "summary",
             *               "type": "long-text",
             *               "label": {
             *                 "en": "Summary",
             *                 "zh": "案例摘要"
             *               },
             *               "help": {
             *                 "en": "With figures before and after",
             *                 "zh": "请附改进前后的数据"
             *               },
             *               "required": true,
             *               "minLength": 50,
             *               "maxLength": 5000
             *             },
             *             {
             *               "key": "channels",
             *               "type": "multiple-choice",
             *               "label": {
             *                 "en": "Channels served",
             *                 "zh": "服务渠道"
             *               },
             *               "required": true,
             *               "minChoices": 1,
             *               "maxChoices": 3,
             *               "options": [
             *                 {
             *                   "value": "phone",
             *                   "label": {
             *                     "en": "Phone",
             *                     "zh": "电话"
             *                   }
             *                 },
             *                 {
             *                   "value": "chat",
             *                   "label": {
             *                     "en": "Online chat",
             *                     "zh": "在线聊天"
             *                   }
             *                 },
             *                 {
             *                   "value": "social",
             *                   "label": {
             *                     "en": "Social media",
             *                     "zh": "社交媒体"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "launched_on",
             *               "type": "date",
             *               "label": {
             *                 "en": "Launched on",
             *                 "zh": "启动日期"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "website",
             *               "type": "url",
             *               "label": {
             *                 "en": "Website",
             *                 "zh": "网站"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "contact_email",
             *               "type": "email",
             *               "label": {
             *                 "en": "Contact email",
             *                 "zh": "联系邮箱"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "evidence",
             *               "type": "file",
             *               "label": {
             *                 "en": "Evidence",
             *                 "zh": "证明材料"
             *               },
             *               "required": false,
             *               "accept": [
             *                 "application/pdf",
             *                 "image/*"
             *               ],
             *               "maxBytes": 20971520,
             *               "maxFiles": 3
             *             },
             *             {
             *               "key": "sites",
             *               "type": "table",
             *               "label": {
             *                 "en": "Sites",
             *                 "zh": "站点"
             *               },
             *               "required": false,
             *               "maxRows": 10,
             *               "columns": [
             *                 {
             *                   "key": "city",
             *                   "label": {
             *                     "en": "City",
             *                     "zh": "城市"
             *                   },
             *                   "type": "text",
             *                   "required": true
             *                 },
             *                 {
             *                   "key": "seats",
             *                   "label": {
             *                     "en": "Seats",
             *                     "zh": "座席数"
             *                   },
             *                   "type": "number"
             *                 }
             *               ]
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            definition: components["schemas"]["FormDefinitionDto"];
            /** @example 0c4e6a8b-2d1f-4e3a-9b5c-7d6e5f4a3b2c */
            formId: string;
            /** @example best-contact-centre-2027 */
            formKey: string;
            /** @example Best Contact Centre: entry form */
            name: string;
            /** @example 最佳客服中心：申报表 */
            nameZh: string;
            /**
             * @description the version this entry is written against
             * @example 2
             */
            version: number;
        };
        EntryFormResponseDto: {
            /** @example 2027-03-15T08:30:00.000Z */
            createdAt: string;
            /** @example 0c4e6a8b-2d1f-4e3a-9b5c-7d6e5f4a3b2c */
            id: string;
            /** @example best-contact-centre-2027 */
            key: string;
            /** @example 2 */
            latestVersion: number;
            /** @example Best Contact Centre: entry form */
            name: string;
            /** @example 最佳客服中心：申报表 */
            nameZh: string;
        };
        EntryFormVersionInputDto: {
            /**
             * @description Ordered sections of ordered fields. Checked whole: a 400 names every path at fault (`definition.sections[1].fields[2].maxLength`).
             * @example {
             *       "sections": [
             *         {
             *           "key": "profile",
             *           "title": {
             *             "en": "Your contact centre",
             *             "zh": "你的客服中心"
             *           },
             *           "fields": [
             *             {
             *               "key": "centre_name",
             *               "type": "short-text",
             *               "label": {
             *                 "en": "Centre name",
             *                 "zh": "中心名称"
             *               },
             *               "required": true,
             *               "maxLength": 100
             *             },
             *             {
             *               "key": "seats",
             *               "type": "number",
             *               "label": {
             *                 "en": "Seats",
             *                 "zh": "座席数"
             *               },
             *               "required": true,
             *               "integer": true,
             *               "min": 1,
             *               "max": 100000
             *             },
             *             {
             *               "key": "outsourced",
             *               "type": "single-choice",
             *               "label": {
             *                 "en": "Do you outsource any of the work?",
             *                 "zh": "是否有外包业务？"
             *               },
             *               "required": true,
             *               "options": [
             *                 {
             *                   "value": "yes",
             *                   "label": {
             *                     "en": "Yes",
             *                     "zh": "是"
             *                   }
             *                 },
             *                 {
             *                   "value": "no",
             *                   "label": {
             *                     "en": "No",
             *                     "zh": "否"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "outsourcing_share",
             *               "type": "number",
             *               "label": {
             *                 "en": "Share outsourced (%)",
             *                 "zh": "外包比例（%）"
             *               },
             *               "required": true,
             *               "min": 0,
             *               "max": 100,
             *               "showWhen": {
             *                 "field": "outsourced",
             *                 "in": [
             *                   "yes"
             *                 ]
             *               }
             *             }
             *           ]
             *         },
             *         {
             *           "key": "case",
             *           "title": {
             *             "en": "Your case",
             *             "zh": "参评案例"
             *           },
             *           "description": {
             *             "en": "What you changed and what it achieved",
             *             "zh": "你做了哪些改变，取得了什么成效"
             *           },
             *           "fields": [
             *             {
             *               "key": "summary",
             *               "type": "long-text",
             *               "label": {
             *                 "en": "Summary",
             *                 "zh": "案例摘要"
             *               },
             *               "help": {
             *                 "en": "With figures before and after",
             *                 "zh": "请附改进前后的数据"
             *               },
             *               "required": true,
             *               "minLength": 50,
             *               "maxLength": 5000
             *             },
             *             {
             *               "key": "channels",
             *               "type": "multiple-choice",
             *               "label": {
             *                 "en": "Channels served",
             *                 "zh": "服务渠道"
             *               },
             *               "required": true,
             *               "minChoices": 1,
             *               "maxChoices": 3,
             *               "options": [
             *                 {
             *                   "value": "phone",
             *                   "label": {
             *                     "en": "Phone",
             *                     "zh": "电话"
             *                   }
             *                 },
             *                 {
             *                   "value": "chat",
             *                   "label": {
             *                     "en": "Online chat",
             *                     "zh": "在线聊天"
             *                   }
             *                 },
             *                 {
             *                   "value": "social",
             *                   "label": {
             *                     "en": "Social media",
             *                     "zh": "社交媒体"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "launched_on",
             *               "type": "date",
             *               "label": {
             *                 "en": "Launched on",
             *                 "zh": "启动日期"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "website",
             *               "type": "url",
             *               "label": {
             *                 "en": "Website",
             *                 "zh": "网站"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "contact_email",
             *               "type": "email",
             *               "label": {
             *                 "en": "Contact email",
             *                 "zh": "联系邮箱"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "evidence",
             *               "type": "file",
             *               "label": {
             *                 "en": "Evidence",
             *                 "zh": "证明材料"
             *               },
             *               "required": false,
             *               "accept": [
             *                 "application/pdf",
             *                 "image/*"
             *               ],
             *               "maxBytes": 20971520,
             *               "maxFiles": 3
             *             },
             *             {
             *               "key": "sites",
             *               "type": "table",
             *               "label": {
             *                 "en": "Sites",
             *                 "zh": "站点"
             *               },
             *               "required": false,
             *               "maxRows": 10,
             *               "columns": [
             *                 {
             *                   "key": "city",
             *                   "label": {
             *                     "en": "City",
             *                     "zh": "城市"
             *                   },
             *                   "type": "text",
             *                   "required": true
             *                 },
             *                 {
             *                   "key": "seats",
             *                   "label": {
             *                     "en": "Seats",
             *                     "zh": "座席数"
             *                   },
             *                   "type": "number"
             *                 }
             *               ]
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            definition: components["schemas"]["FormDefinitionDto"];
            /** @example Adds the outsourcing share */
            note?: Record<string, never> | null;
        };
        EntryFormVersionResponseDto: {
            /**
             * @description SHA-256 of the definition as JSON with sorted keys
             * @example 9f2c0e5b7d1a4c3e8b6f0a2d4c6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e
             */
            checksum: string;
            /** @example 2027-03-15T08:30:00.000Z */
            createdAt: string;
            /**
             * @example {
             *       "sections": [
             *         {
             *           "key": "profile",
             *           "title": {
             *             "en": "Your contact centre",
             *             "zh": "你的客服中心"
             *           },
             *           "fields": [
             *             {
             *               "key": "centre_name",
             *               "type": "short-text",
             *               "label": {
             *                 "en": "Centre name",
             *                 "zh": "中心名称"
             *               },
             *               "required": true,
             *               "maxLength": 100
             *             },
             *             {
             *               "key": "seats",
             *               "type": "number",
             *               "label": {
             *                 "en": "Seats",
             *                 "zh": "座席数"
             *               },
             *               "required": true,
             *               "integer": true,
             *               "min": 1,
             *               "max": 100000
             *             },
             *             {
             *               "key": "outsourced",
             *               "type": "single-choice",
             *               "label": {
             *                 "en": "Do you outsource any of the work?",
             *                 "zh": "是否有外包业务？"
             *               },
             *               "required": true,
             *               "options": [
             *                 {
             *                   "value": "yes",
             *                   "label": {
             *                     "en": "Yes",
             *                     "zh": "是"
             *                   }
             *                 },
             *                 {
             *                   "value": "no",
             *                   "label": {
             *                     "en": "No",
             *                     "zh": "否"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "outsourcing_share",
             *               "type": "number",
             *               "label": {
             *                 "en": "Share outsourced (%)",
             *                 "zh": "外包比例（%）"
             *               },
             *               "required": true,
             *               "min": 0,
             *               "max": 100,
             *               "showWhen": {
             *                 "field": "outsourced",
             *                 "in": [
             *                   "yes"
             *                 ]
             *               }
             *             }
             *           ]
             *         },
             *         {
             *           "key": "case",
             *           "title": {
             *             "en": "Your case",
             *             "zh": "参评案例"
             *           },
             *           "description": {
             *             "en": "What you changed and what it achieved",
             *             "zh": "你做了哪些改变，取得了什么成效"
             *           },
             *           "fields": [
             *             {
             *               "key": "summary",
             *               "type": "long-text",
             *               "label": {
             *                 "en": "Summary",
             *                 "zh": "案例摘要"
             *               },
             *               "help": {
             *                 "en": "With figures before and after",
             *                 "zh": "请附改进前后的数据"
             *               },
             *               "required": true,
             *               "minLength": 50,
             *               "maxLength": 5000
             *             },
             *             {
             *               "key": "channels",
             *               "type": "multiple-choice",
             *               "label": {
             *                 "en": "Channels served",
             *                 "zh": "服务渠道"
             *               },
             *               "required": true,
             *               "minChoices": 1,
             *               "maxChoices": 3,
             *               "options": [
             *                 {
             *                   "value": "phone",
             *                   "label": {
             *                     "en": "Phone",
             *                     "zh": "电话"
             *                   }
             *                 },
             *                 {
             *                   "value": "chat",
             *                   "label": {
             *                     "en": "Online chat",
             *                     "zh": "在线聊天"
             *                   }
             *                 },
             *                 {
             *                   "value": "social",
             *                   "label": {
             *                     "en": "Social media",
             *                     "zh": "社交媒体"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "launched_on",
             *               "type": "date",
             *               "label": {
             *                 "en": "Launched on",
             *                 "zh": "启动日期"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "website",
             *               "type": "url",
             *               "label": {
             *                 "en": "Website",
             *                 "zh": "网站"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "contact_email",
             *               "type": "email",
             *               "label": {
             *                 "en": "Contact email",
             *                 "zh": "联系邮箱"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "evidence",
             *               "type": "file",
             *               "label": {
             *                 "en": "Evidence",
             *                 "zh": "证明材料"
             *               },
             *               "required": false,
             *               "accept": [
             *                 "application/pdf",
             *                 "image/*"
             *               ],
             *               "maxBytes": 20971520,
             *               "maxFiles": 3
             *             },
             *             {
             *               "key": "sites",
             *               "type": "table",
             *               "label": {
             *                 "en": "Sites",
             *                 "zh": "站点"
             *               },
             *               "required": false,
             *               "maxRows": 10,
             *               "columns": [
             *                 {
             *                   "key": "city",
             *                   "label": {
             *                     "en": "City",
             *                     "zh": "城市"
             *                   },
             *                   "type": "text",
             *                   "required": true
             *                 },
             *                 {
             *                   "key": "seats",
             *                   "label": {
             *                     "en": "Seats",
             *                     "zh": "座席数"
             *                   },
             *                   "type": "number"
             *                 }
             *               ]
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            definition: components["schemas"]["FormDefinitionDto"];
            /** @example 0c4e6a8b-2d1f-4e3a-9b5c-7d6e5f4a3b2c */
            formId: string;
            /** @example Adds the outsourcing share */
            note: string | null;
            /** @example 2 */
            version: number;
        };
        EntryFormWithVersionsResponseDto: {
            /** @example 2027-03-15T08:30:00.000Z */
            createdAt: string;
            /** @example 0c4e6a8b-2d1f-4e3a-9b5c-7d6e5f4a3b2c */
            id: string;
            /** @example best-contact-centre-2027 */
            key: string;
            /** @example 2 */
            latestVersion: number;
            /** @example Best Contact Centre: entry form */
            name: string;
            /** @example 最佳客服中心：申报表 */
            nameZh: string;
            versions: components["schemas"]["EntryFormVersionResponseDto"][];
        };
        EntryResponseDto: {
            /**
             * @description every saved answer by field key, those of hidden fields included (kept, but not part of the entry); a file field’s answer is its documents (id, fileName, mediaType, sizeBytes, sha256, scan, uploadedAt), each opened through GET /candidacies/{id}/entry/documents/{documentId}/link
             * @example {
             *       "centre_name": "Shenzhen Customer Care Centre",
             *       "seats": 320,
             *       "outsourced": "yes",
             *       "outsourcing_share": 25,
             *       "summary": "We moved first-contact resolution from 71 % to 86 % in 2026 by giving agents the refund decision.",
             *       "channels": [
             *         "phone",
             *         "chat"
             *       ],
             *       "evidence": [
             *         {
             *           "id": "3f1c2b7a-9d4e-4f6a-8b2c-1d0e9f8a7b6c",
             *           "fileName": "Quality report 2026.pdf",
             *           "mediaType": "application/pdf",
             *           "sizeBytes": 482133,
             *           "sha256": "9f2c4e1b7a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f",
             *           "scan": "clean",
             *           "uploadedAt": "2027-03-15T08:30:00.000Z"
             *         }
             *       ],
             *       "sites": [
             *         {
             *           "city": "Shenzhen",
             *           "seats": 240
             *         },
             *         {
             *           "city": "Wuhan",
             *           "seats": 80
             *         }
             *       ]
             *     }
             */
            answers: {
                [key: string]: string | number | string[] | {
                    [key: string]: (string | number) | null;
                }[] | components["schemas"]["EntryDocumentDto"][];
            };
            /** @example 3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b */
            campaignId: string;
            /** @example 9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a */
            candidacyId: string;
            /** @example 7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d */
            categoryId: string;
            /** @example true */
            editable: boolean;
            /**
             * @description registration’s close (null: until the campaign leaves registration)
             * @example 2027-03-31T16:00:00.000Z
             */
            editableUntil: string | null;
            form: components["schemas"]["EntryFormRefDto"];
            /**
             * @description why answers can no longer change
             * @example {
             *       "en": "registration has closed",
             *       "zh": "报名已截止"
             *     }
             */
            lockedReason: components["schemas"]["LocalizedTextDto"] | null;
            /** @description required fields that show and are empty */
            missingFields: components["schemas"]["MissingFieldDto"][];
            /**
             * @description how many saves changed the answers
             * @example 7
             */
            revision: number;
            /**
             * @description submitted stays complete: a save that would empty a required visible field is refused
             * @example draft
             * @enum {string}
             */
            state: "not-started" | "draft" | "submitted";
            /** @example 2027-03-15T08:30:00.000Z */
            submittedAt: string | null;
            /** @example 2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c */
            submittedBy: string | null;
            /** @example 2027-03-15T08:30:00.000Z */
            updatedAt: string | null;
            /** @example 2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c */
            updatedBy: string | null;
            /**
             * @example [
             *       "centre_name",
             *       "seats",
             *       "outsourced",
             *       "outsourcing_share",
             *       "summary"
             *     ]
             */
            visibleFields: string[];
        };
        EntryRevisionDto: {
            /**
             * @description the value after (null: cleared)
             * @example 320
             */
            after: Record<string, never> | null;
            /**
             * @description the value before (null: unanswered)
             * @example 300
             */
            before: Record<string, never> | null;
            /** @example 2027-03-15T08:30:00.000Z */
            changedAt: string;
            /** @example 2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c */
            changedBy: string | null;
            /** @example Li Wei */
            changedByName: string | null;
            /** @example seats */
            fieldKey: string;
            /** @example 42 */
            id: string;
            /**
             * @description the entry’s revision this change made
             * @example 7
             */
            revision: number;
        };
        EntryRevisionPageDto: {
            items: components["schemas"]["EntryRevisionDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description items matching the filter, over all pages
             * @example 1
             */
            total: number;
        };
        ErrorResponseDto: {
            /**
             * @description Stable and machine-readable: switch on this, never on `message`. A refused domain rule sends its own code (CAMPAIGN_NOT_FOUND, TRANSITION_REFUSED, EMAIL_TAKEN, ...); every other error one of VALIDATION_FAILED, BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, RATE_LIMITED, DEPENDENCY_UNAVAILABLE, INTERNAL_ERROR.
             * @example VALIDATION_FAILED
             * @example VALIDATION_FAILED
             * @example UNAUTHORIZED
             * @example RATE_LIMITED
             * @example CAMPAIGN_NOT_FOUND
             * @example TRANSITION_REFUSED
             */
            code: string;
            details?: components["schemas"]["FieldProblemDto"][];
            /** @example Bad Request */
            error: string;
            /**
             * @description For people, in the language Accept-Language asks for (zh or en); Content-Language says which
             * @example Validation failed: email
             * @example Validation failed: email
             * @example 校验未通过：email
             */
            message: string;
            /** @example 3f0c7a52-2d7e-4d59-a2a6-5f8d3e1c9b10 */
            requestId: string;
            /** @example 400 */
            statusCode: number;
        };
        EvaluateSheetDto: {
            /**
             * @description A value for every item of the version, by item code, each on its item’s scale and step (whole points when the item declares none)
             * @example {
             *       "service.1": 7.5,
             *       "people.1": 45
             *     }
             */
            values: Record<string, never>;
        };
        ExclusionCountsDto: {
            /** @example 1 */
            "soft-flags": number;
            /**
             * @description faster than 40 % of the campaign median completion time
             * @example 9
             */
            speeding: number;
            /** @example 3 */
            "too-few-satisfaction-items": number;
            /** @example 5 */
            "too-many-missing": number;
        };
        FeedbackResponseDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            campaignId: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            enterpriseId: string;
            /**
             * @description Per finalised round; comments carry no judge’s name and are ordered by category, then text; attachments (of counted sheets, when the round shares them) carry no judge’s name either and are ordered by slot, then file name
             * @example [
             *       {
             *         "roundId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "roundName": "Site visit",
             *         "stageType": "site-visit",
             *         "categoryId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "rubric": {
             *           "id": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *           "version": 1
             *         },
             *         "score": 73.2,
             *         "band": "certified",
             *         "bandNameZh": "达标",
             *         "weakestCategory": "4",
             *         "advanced": null,
             *         "categories": [
             *           {
             *             "code": "1",
             *             "name": "Leadership",
             *             "nameZh": "领导能力",
             *             "weight": 10,
             *             "percent": 75
             *           }
             *         ],
             *         "comments": [
             *           {
             *             "category": "1",
             *             "text": "Leadership reviews results monthly."
             *           }
             *         ],
             *         "attachments": [
             *           {
             *             "id": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *             "slot": "report",
             *             "slotLabel": {
             *               "en": "Report",
             *               "zh": "评审报告"
             *             },
             *             "fileName": "Site visit report.pdf",
             *             "mediaType": "application/pdf",
             *             "sizeBytes": 482133,
             *             "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
             *           }
             *         ]
             *       }
             *     ]
             */
            rounds: string[];
        };
        FieldConditionDto: {
            /**
             * @description an earlier single-choice, multiple-choice, number or short-text field
             * @example outsourced
             */
            field: string;
            /**
             * @description the field shows when that answer equals one of these (a multiple choice: holds one)
             * @example [
             *       "yes"
             *     ]
             */
            in: string[];
        };
        FieldProblemDto: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        FlagCountsDto: {
            /** @example 2 */
            contradiction: number;
            /** @example 0 */
            failedAttention: number;
            /** @example 6 */
            straightLining: number;
        };
        FormDefinitionDto: {
            /**
             * @example [
             *       {
             *         "key": "profile",
             *         "title": {
             *           "en": "Your contact centre",
             *           "zh": "你的客服中心"
             *         },
             *         "fields": [
             *           {
             *             "key": "centre_name",
             *             "type": "short-text",
             *             "label": {
             *               "en": "Centre name",
             *               "zh": "中心名称"
             *             },
             *             "required": true,
             *             "maxLength": 100
             *           },
             *           {
             *             "key": "seats",
             *             "type": "number",
             *             "label": {
             *               "en": "Seats",
             *               "zh": "座席数"
             *             },
             *             "required": true,
             *             "integer": true,
             *             "min": 1,
             *             "max": 100000
             *           },
             *           {
             *             "key": "outsourced",
             *             "type": "single-choice",
             *             "label": {
             *               "en": "Do you outsource any of the work?",
             *               "zh": "是否有外包业务？"
             *             },
             *             "required": true,
             *             "options": [
             *               {
             *                 "value": "yes",
             *                 "label": {
             *                   "en": "Yes",
             *                   "zh": "是"
             *                 }
             *               },
             *               {
             *                 "value": "no",
             *                 "label": {
             *                   "en": "No",
             *                   "zh": "否"
             *                 }
             *               }
             *             ]
             *           },
             *           {
             *             "key": "outsourcing_share",
             *             "type": "number",
             *             "label": {
             *               "en": "Share outsourced (%)",
             *               "zh": "外包比例（%）"
             *             },
             *             "required": true,
             *             "min": 0,
             *             "max": 100,
             *             "showWhen": {
             *               "field": "outsourced",
             *               "in": [
             *                 "yes"
             *               ]
             *             }
             *           }
             *         ]
             *       },
             *       {
             *         "key": "case",
             *         "title": {
             *           "en": "Your case",
             *           "zh": "参评案例"
             *         },
             *         "description": {
             *           "en": "What you changed and what it achieved",
             *           "zh": "你做了哪些改变，取得了什么成效"
             *         },
             *         "fields": [
             *           {
             *             "key": "summary",
             *             "type": "long-text",
             *             "label": {
             *               "en": "Summary",
             *               "zh": "案例摘要"
             *             },
             *             "help": {
             *               "en": "With figures before and after",
             *               "zh": "请附改进前后的数据"
             *             },
             *             "required": true,
             *             "minLength": 50,
             *             "maxLength": 5000
             *           },
             *           {
             *             "key": "channels",
             *             "type": "multiple-choice",
             *             "label": {
             *               "en": "Channels served",
             *               "zh": "服务渠道"
             *             },
             *             "required": true,
             *             "minChoices": 1,
             *             "maxChoices": 3,
             *             "options": [
             *               {
             *                 "value": "phone",
             *                 "label": {
             *                   "en": "Phone",
             *                   "zh": "电话"
             *                 }
             *               },
             *               {
             *                 "value": "chat",
             *                 "label": {
             *                   "en": "Online chat",
             *                   "zh": "在线聊天"
             *                 }
             *               },
             *               {
             *                 "value": "social",
             *                 "label": {
             *                   "en": "Social media",
             *                   "zh": "社交媒体"
             *                 }
             *               }
             *             ]
             *           },
             *           {
             *             "key": "launched_on",
             *             "type": "date",
             *             "label": {
             *               "en": "Launched on",
             *               "zh": "启动日期"
             *             },
             *             "required": false
             *           },
             *           {
             *             "key": "website",
             *             "type": "url",
             *             "label": {
             *               "en": "Website",
             *               "zh": "网站"
             *             },
             *             "required": false
             *           },
             *           {
             *             "key": "contact_email",
             *             "type": "email",
             *             "label": {
             *               "en": "Contact email",
             *               "zh": "联系邮箱"
             *             },
             *             "required": false
             *           },
             *           {
             *             "key": "evidence",
             *             "type": "file",
             *             "label": {
             *               "en": "Evidence",
             *               "zh": "证明材料"
             *             },
             *             "required": false,
             *             "accept": [
             *               "application/pdf",
             *               "image/*"
             *             ],
             *             "maxBytes": 20971520,
             *             "maxFiles": 3
             *           },
             *           {
             *             "key": "sites",
             *             "type": "table",
             *             "label": {
             *               "en": "Sites",
             *               "zh": "站点"
             *             },
             *             "required": false,
             *             "maxRows": 10,
             *             "columns": [
             *               {
             *                 "key": "city",
             *                 "label": {
             *                   "en": "City",
             *                   "zh": "城市"
             *                 },
             *                 "type": "text",
             *                 "required": true
             *               },
             *               {
             *                 "key": "seats",
             *                 "label": {
             *                   "en": "Seats",
             *                   "zh": "座席数"
             *                 },
             *                 "type": "number"
             *               }
             *             ]
             *           }
             *         ]
             *       }
             *     ]
             */
            sections: components["schemas"]["FormSectionDto"][];
        };
        FormFieldDto: {
            /**
             * @description file: accepted media types
             * @example [
             *       "application/pdf",
             *       "image/*"
             *     ]
             */
            accept?: string[];
            /**
             * @description table: 1-20 typed columns
             * @example [
             *       {
             *         "key": "city",
             *         "label": {
             *           "en": "City",
             *           "zh": "城市"
             *         },
             *         "type": "text",
             *         "required": true
             *       },
             *       {
             *         "key": "seats",
             *         "label": {
             *           "en": "Seats",
             *           "zh": "座席数"
             *         },
             *         "type": "number"
             *       }
             *     ]
             */
            columns?: components["schemas"]["TableColumnDto"][];
            /**
             * @example {
             *       "en": "Count staffed positions",
             *       "zh": "按在岗座席计"
             *     }
             */
            help?: components["schemas"]["LocalizedTextDto"];
            /**
             * @description number: whole numbers only
             * @example true
             */
            integer?: boolean;
            /**
             * @description a lower-case letter, then lower-case letters, digits or _ (at most 63); unique in the form
             * @example seats
             */
            key: string;
            /**
             * @example {
             *       "en": "Seats",
             *       "zh": "座席数"
             *     }
             */
            label: components["schemas"]["LocalizedTextDto"];
            /**
             * @description number
             * @example 100000
             */
            max?: number;
            /**
             * @description file: bytes per file, at most 52428800 (50 MiB, the default)
             * @example 20971520
             */
            maxBytes?: number;
            /**
             * @description multiple-choice
             * @example 3
             */
            maxChoices?: number;
            /**
             * @description file: files in the field, 1-20 (1 if absent)
             * @example 3
             */
            maxFiles?: number;
            /**
             * @description short-text (up to 1,000; 300 if absent), long-text (up to 50,000; 10,000)
             * @example 5000
             */
            maxLength?: number;
            /**
             * @description table: up to 200 (50 if absent)
             * @example 10
             */
            maxRows?: number;
            /**
             * @description number
             * @example 1
             */
            min?: number;
            /**
             * @description multiple-choice
             * @example 1
             */
            minChoices?: number;
            /**
             * @description short-text, long-text: characters, trimmed
             * @example 0
             */
            minLength?: number;
            /**
             * @description table
             * @example 0
             */
            minRows?: number;
            /**
             * @description single- and multiple-choice
             * @example [
             *       {
             *         "value": "phone",
             *         "label": {
             *           "en": "Phone",
             *           "zh": "电话"
             *         }
             *       },
             *       {
             *         "value": "chat",
             *         "label": {
             *           "en": "Online chat",
             *           "zh": "在线聊天"
             *         }
             *       },
             *       {
             *         "value": "social",
             *         "label": {
             *           "en": "Social media",
             *           "zh": "社交媒体"
             *         }
             *       }
             *     ]
             */
            options?: components["schemas"]["ChoiceOptionDto"][];
            /**
             * @description must be answered (when it shows) before submission
             * @example true
             */
            required: boolean;
            /**
             * @example {
             *       "field": "outsourced",
             *       "in": [
             *         "yes"
             *       ]
             *     }
             */
            showWhen?: components["schemas"]["FieldConditionDto"];
            /**
             * @example number
             * @enum {string}
             */
            type: "short-text" | "long-text" | "number" | "single-choice" | "multiple-choice" | "date" | "url" | "email" | "file" | "table";
        };
        FormInForceResponseDto: {
            /** @example 7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d */
            categoryId: string;
            /**
             * @example {
             *       "sections": [
             *         {
             *           "key": "profile",
             *           "title": {
             *             "en": "Your contact centre",
             *             "zh": "你的客服中心"
             *           },
             *           "fields": [
             *             {
             *               "key": "centre_name",
             *               "type": "short-text",
             *               "label": {
             *                 "en": "Centre name",
             *                 "zh": "中心名称"
             *               },
             *               "required": true,
             *               "maxLength": 100
             *             },
             *             {
             *               "key": "seats",
             *               "type": "number",
             *               "label": {
             *                 "en": "Seats",
             *                 "zh": "座席数"
             *               },
             *               "required": true,
             *               "integer": true,
             *               "min": 1,
             *               "max": 100000
             *             },
             *             {
             *               "key": "outsourced",
             *               "type": "single-choice",
             *               "label": {
             *                 "en": "Do you outsource any of the work?",
             *                 "zh": "是否有外包业务？"
             *               },
             *               "required": true,
             *               "options": [
             *                 {
             *                   "value": "yes",
             *                   "label": {
             *                     "en": "Yes",
             *                     "zh": "是"
             *                   }
             *                 },
             *                 {
             *                   "value": "no",
             *                   "label": {
             *                     "en": "No",
             *                     "zh": "否"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "outsourcing_share",
             *               "type": "number",
             *               "label": {
             *                 "en": "Share outsourced (%)",
             *                 "zh": "外包比例（%）"
             *               },
             *               "required": true,
             *               "min": 0,
             *               "max": 100,
             *               "showWhen": {
             *                 "field": "outsourced",
             *                 "in": [
             *                   "yes"
             *                 ]
             *               }
             *             }
             *           ]
             *         },
             *         {
             *           "key": "case",
             *           "title": {
             *             "en": "Your case",
             *             "zh": "参评案例"
             *           },
             *           "description": {
             *             "en": "What you changed and what it achieved",
             *             "zh": "你做了哪些改变，取得了什么成效"
             *           },
             *           "fields": [
             *             {
             *               "key": "summary",
             *               "type": "long-text",
             *               "label": {
             *                 "en": "Summary",
             *                 "zh": "案例摘要"
             *               },
             *               "help": {
             *                 "en": "With figures before and after",
             *                 "zh": "请附改进前后的数据"
             *               },
             *               "required": true,
             *               "minLength": 50,
             *               "maxLength": 5000
             *             },
             *             {
             *               "key": "channels",
             *               "type": "multiple-choice",
             *               "label": {
             *                 "en": "Channels served",
             *                 "zh": "服务渠道"
             *               },
             *               "required": true,
             *               "minChoices": 1,
             *               "maxChoices": 3,
             *               "options": [
             *                 {
             *                   "value": "phone",
             *                   "label": {
             *                     "en": "Phone",
             *                     "zh": "电话"
             *                   }
             *                 },
             *                 {
             *                   "value": "chat",
             *                   "label": {
             *                     "en": "Online chat",
             *                     "zh": "在线聊天"
             *                   }
             *                 },
             *                 {
             *                   "value": "social",
             *                   "label": {
             *                     "en": "Social media",
             *                     "zh": "社交媒体"
             *                   }
             *                 }
             *               ]
             *             },
             *             {
             *               "key": "launched_on",
             *               "type": "date",
             *               "label": {
             *                 "en": "Launched on",
             *                 "zh": "启动日期"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "website",
             *               "type": "url",
             *               "label": {
             *                 "en": "Website",
             *                 "zh": "网站"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "contact_email",
             *               "type": "email",
             *               "label": {
             *                 "en": "Contact email",
             *                 "zh": "联系邮箱"
             *               },
             *               "required": false
             *             },
             *             {
             *               "key": "evidence",
             *               "type": "file",
             *               "label": {
             *                 "en": "Evidence",
             *                 "zh": "证明材料"
             *               },
             *               "required": false,
             *               "accept": [
             *                 "application/pdf",
             *                 "image/*"
             *               ],
             *               "maxBytes": 20971520,
             *               "maxFiles": 3
             *             },
             *             {
             *               "key": "sites",
             *               "type": "table",
             *               "label": {
             *                 "en": "Sites",
             *                 "zh": "站点"
             *               },
             *               "required": false,
             *               "maxRows": 10,
             *               "columns": [
             *                 {
             *                   "key": "city",
             *                   "label": {
             *                     "en": "City",
             *                     "zh": "城市"
             *                   },
             *                   "type": "text",
             *                   "required": true
             *                 },
             *                 {
             *                   "key": "seats",
             *                   "label": {
             *                     "en": "Seats",
             *                     "zh": "座席数"
             *                   },
             *                   "type": "number"
             *                 }
             *               ]
             *             }
             *           ]
             *         }
             *       ]
             *     }
             */
            definition: components["schemas"]["FormDefinitionDto"];
            /** @example 0c4e6a8b-2d1f-4e3a-9b5c-7d6e5f4a3b2c */
            formId: string;
            /** @example best-contact-centre-2027 */
            formKey: string;
            /**
             * @description false while the campaign is a draft (the form’s latest version is in force); true from registration on, when the version that was latest at the opening stays in force whatever versions come later
             * @example true
             */
            frozen: boolean;
            /** @example Best Contact Centre: entry form */
            name: string;
            /** @example 最佳客服中心：申报表 */
            nameZh: string;
            /**
             * @description the version entrants answer
             * @example 2
             */
            version: number;
        };
        FormSectionDto: {
            /**
             * @example {
             *       "en": "What you changed and what it achieved",
             *       "zh": "你做了哪些改变，取得了什么成效"
             *     }
             */
            description?: components["schemas"]["LocalizedTextDto"];
            /**
             * @example [
             *       {
             *         "key": "centre_name",
             *         "type": "short-text",
             *         "label": {
             *           "en": "Centre name",
             *           "zh": "中心名称"
             *         },
             *         "required": true,
             *         "maxLength": 100
             *       },
             *       {
             *         "key": "seats",
             *         "type": "number",
             *         "label": {
             *           "en": "Seats",
             *           "zh": "座席数"
             *         },
             *         "required": true,
             *         "integer": true,
             *         "min": 1,
             *         "max": 100000
             *       },
             *       {
             *         "key": "outsourced",
             *         "type": "single-choice",
             *         "label": {
             *           "en": "Do you outsource any of the work?",
             *           "zh": "是否有外包业务？"
             *         },
             *         "required": true,
             *         "options": [
             *           {
             *             "value": "yes",
             *             "label": {
             *               "en": "Yes",
             *               "zh": "是"
             *             }
             *           },
             *           {
             *             "value": "no",
             *             "label": {
             *               "en": "No",
             *               "zh": "否"
             *             }
             *           }
             *         ]
             *       },
             *       {
             *         "key": "outsourcing_share",
             *         "type": "number",
             *         "label": {
             *           "en": "Share outsourced (%)",
             *           "zh": "外包比例（%）"
             *         },
             *         "required": true,
             *         "min": 0,
             *         "max": 100,
             *         "showWhen": {
             *           "field": "outsourced",
             *           "in": [
             *             "yes"
             *           ]
             *         }
             *       }
             *     ]
             */
            fields: components["schemas"]["FormFieldDto"][];
            /** @example profile */
            key: string;
            /**
             * @example {
             *       "en": "Your contact centre",
             *       "zh": "你的客服中心"
             *     }
             */
            title: components["schemas"]["LocalizedTextDto"];
        };
        IdentityChangeDto: {
            /** @example 91440300708461136T */
            creditCode: string;
            /**
             * Format: uuid
             * @description names this content: an amendment closes the change (withdrawn) and opens a new one with a new id; a review names it as `changeId`
             * @example 3f0c1e7a-2b4d-4c6e-8a9b-1c2d3e4f5a6b
             */
            id: string;
            /** @example telecom */
            industryCode: string;
            /** @example Shenzhen Example Telecom Co., Ltd. */
            legalName: string;
            /** @example 深圳示例电信有限公司 */
            legalNameZh?: string | null;
            /** @example in-house */
            organizationType: string;
            /**
             * Format: date-time
             * @example 2027-03-01T08:00:00.000Z
             */
            proposedAt: string;
            /**
             * Format: uuid
             * @example 0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d
             */
            proposedBy: string;
            /**
             * Format: date-time
             * @example null
             */
            reviewedAt?: string | null;
            /**
             * Format: uuid
             * @description the organizer who reviewed it (shown to organizers only)
             * @example null
             */
            reviewedBy?: string | null;
            /** @example null */
            reviewReason?: string | null;
            /**
             * @example pending
             * @enum {string}
             */
            state: "pending" | "verified" | "rejected" | "withdrawn";
            /**
             * @description the identity version its verification created
             * @example null
             */
            version?: number | null;
        };
        IdentityHistoryDto: {
            /** @description every requested change, oldest first */
            changes: components["schemas"]["IdentityChangeDto"][];
            /** @description the last verified identity: what is published; null before the first verification */
            current?: components["schemas"]["IdentityVersionDto"] | null;
            pendingChange?: components["schemas"]["IdentityChangeDto"] | null;
            /** @description every verified identity, oldest first */
            versions: components["schemas"]["IdentityVersionDto"][];
        };
        IdentityVersionDto: {
            /** @example 91440300708461136T */
            creditCode: string;
            /** @example telecom */
            industryCode: string;
            /** @example Shenzhen Example Telecom Co., Ltd. */
            legalName: string;
            /** @example 深圳示例电信有限公司 */
            legalNameZh?: string | null;
            /** @example in-house */
            organizationType: string;
            /**
             * Format: date-time
             * @example 2027-03-02T08:00:00.000Z
             */
            verifiedAt: string;
            /**
             * Format: uuid
             * @description the organizer who verified it (shown to organizers only)
             * @example null
             */
            verifiedBy?: string | null;
            /**
             * @description numbered from 1 per enterprise; never changes once written
             * @example 2
             */
            version: number;
        };
        ImportContactDto: {
            /** @example zhang.min@example.cn */
            email: string;
            /** @example b3c1f2a4-0d1e-4f5a-9b6c-7d8e9f0a1b2c */
            enterpriseId: string;
            /**
             * @example zh
             * @enum {string|null}
             */
            language: "zh" | "en" | null;
        };
        ImportCountsDto: {
            /**
             * @description stored now (new respondents)
             * @example 9930
             */
            accepted: number;
            /**
             * @description already stored for that enterprise and respondent key; stored once
             * @example 50
             */
            duplicates: number;
            /** @example 10000 */
            received: number;
            /** @example 20 */
            rejected: number;
        };
        ImportedEnterpriseDto: {
            /**
             * @description the approved candidacies created; null on a dry run
             * @example [
             *       "8c7d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f"
             *     ]
             */
            candidacyIds: string[] | null;
            /**
             * @example [
             *       "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
             *     ]
             */
            categoryIds: string[];
            /** @example zhang.min@example.cn */
            contactEmail: string;
            /**
             * @example zh
             * @enum {string|null}
             */
            contactLanguage: "zh" | "en" | null;
            /** @example 91440300708461136T */
            creditCode: string;
            /** @example b3c1f2a4-0d1e-4f5a-9b6c-7d8e9f0a1b2c */
            enterpriseId: string | null;
            /** @example Shenzhen Example Telecom Co., Ltd. */
            legalName: string;
            /**
             * @description the line of the file
             * @example 2
             */
            line: number;
        };
        ImportedJudgeDto: {
            /** @example 李华 */
            displayName: string;
            /** @example li.hua@example.org */
            email: string;
            /**
             * @description the judge account whose profile was saved; null for an address that is invited
             * @example null
             */
            judgeId: string | null;
            /**
             * @example zh
             * @enum {string|null}
             */
            language: "zh" | "en" | null;
            /**
             * @description the line of the file
             * @example 2
             */
            line: number;
            /**
             * @example invited
             * @enum {string}
             */
            outcome: "profile-saved" | "invited";
        };
        ImportPageDto: {
            items: components["schemas"]["ImportSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description items matching the filter, over all pages
             * @example 1
             */
            total: number;
        };
        ImportRejectionDto: {
            /** @example answers.SAT1 */
            field: string;
            /**
             * @description line of the file (header = 1), or position in a JSON batch (from 1)
             * @example 17
             */
            line: number;
            /** @example out of scale 1-10 */
            reason: string;
        };
        ImportResponseDto: {
            /** @example 2027-05-03T10:15:10.000Z */
            aggregatedAt: string | null;
            /** @example 1048576 */
            bytesExpected: number | null;
            /** @example 1048576 */
            bytesReceived: number;
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string;
            counts: components["schemas"]["ImportCountsDto"];
            /** @example 2027-05-03T10:15:00.000Z */
            createdAt: string;
            /** @example null */
            failure: string | null;
            /**
             * @example csv
             * @enum {string}
             */
            format: "single" | "batch" | "csv" | "ndjson";
            /** @example c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d */
            id: string;
            /**
             * @description set when a survey partner key sent it
             * @example null
             */
            partnerKeyId: string | null;
            /**
             * @description percent received while receiving (from Content-Length), 100 once stored
             * @example 100
             */
            progress: number;
            /** @description the first 1,000 rejections; all of them at rejectionsCsv */
            rejections: components["schemas"]["ImportRejectionDto"][];
            /** @example /campaigns/3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01/imports/c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d/rejections.csv */
            rejectionsCsv: string;
            /**
             * @example stored
             * @enum {string}
             */
            state: "receiving" | "stored" | "aggregated" | "failed";
            /** @example 2027-05-03T10:15:09.000Z */
            storedAt: string | null;
        };
        ImportSummaryDto: {
            /** @example 2027-05-03T10:15:10.000Z */
            aggregatedAt: string | null;
            /** @example 1048576 */
            bytesExpected: number | null;
            /** @example 1048576 */
            bytesReceived: number;
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string;
            counts: components["schemas"]["ImportCountsDto"];
            /** @example 2027-05-03T10:15:00.000Z */
            createdAt: string;
            /** @example null */
            failure: string | null;
            /**
             * @example csv
             * @enum {string}
             */
            format: "single" | "batch" | "csv" | "ndjson";
            /** @example c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d */
            id: string;
            /**
             * @description set when a survey partner key sent it
             * @example null
             */
            partnerKeyId: string | null;
            /**
             * @description percent received while receiving (from Content-Length), 100 once stored
             * @example 100
             */
            progress: number;
            /**
             * @example stored
             * @enum {string}
             */
            state: "receiving" | "stored" | "aggregated" | "failed";
            /** @example 2027-05-03T10:15:09.000Z */
            storedAt: string | null;
        };
        IndustryAggregateDto: {
            /** @example 74.2 */
            csi: number;
            /** @example 8 */
            enterprises: number;
            /** @example 0.4 */
            standardError: number;
            /**
             * @example revenue
             * @enum {string}
             */
            weighting: "revenue" | "equal";
        };
        IndustryCompletenessDto: {
            /**
             * @description candidacies still in the running (submitted or approved)
             * @example 12
             */
            candidacies: number;
            /** @example telecom */
            industryCode: string;
            missing: components["schemas"]["MissingCountDto"][];
            /**
             * @description with a saved entry
             * @example 9
             */
            started: number;
            /** @example 6 */
            submitted: number;
        };
        IndustryCountDto: {
            /**
             * @example {
             *       "submitted": 3,
             *       "approved": 8,
             *       "rejected": 1,
             *       "withdrawn": 0
             *     }
             */
            byState: Record<string, never>;
            /** @example telecom */
            industryCode: string;
            /** @example 12 */
            total: number;
        };
        IndustryDashboardDto: {
            entries: components["schemas"]["EntryCountsDto"];
            /** @example telecom */
            industryCode: string;
            registrations: components["schemas"]["RegistrationCountsDto"];
            /** @description From the latest ranking snapshot; null before any response was aggregated */
            responses: components["schemas"]["ResponseCountsDto"] | null;
        };
        IndustryDataQualityDto: {
            counts: components["schemas"]["SnapshotCountsDto"];
            enterprises: components["schemas"]["EnterpriseDataQualityDto"][];
            /** @example telecom */
            industryCode: string;
            /** @example a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d */
            snapshotId: string;
        };
        IndustryOverviewDto: {
            counts: components["schemas"]["SnapshotCountsDto"];
            /** @example 2027-05-03T10:15:11.000Z */
            createdAt: string;
            industryAggregate: components["schemas"]["IndustryAggregateDto"] | null;
            /** @example telecom */
            industryCode: string;
            /** @example 9 */
            ranked: number;
            /** @example 7 */
            sequence: number;
            /** @example a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d */
            snapshotId: string;
            /**
             * @example incremental
             * @enum {string}
             */
            source: "incremental" | "full-recompute";
            winnerSet: components["schemas"]["WinnerSetMemberDto"][];
        };
        IndustryProposalDto: {
            candidates: components["schemas"]["ProposalCandidateDto"][];
            /**
             * @description null: over all industries
             * @example telecom
             */
            industryCode: string | null;
            /** @example [] */
            notes: string[];
            /** @example null */
            noWinnerReason: string | null;
            /**
             * @description noWinnerReason in Chinese, in the public site’s words; the English reason when its shape is new
             * @example null
             */
            noWinnerReasonZh: string | null;
            winners: components["schemas"]["ProposedWinnerDto"][];
        };
        IngestionCountsDto: {
            /** @example 52000 */
            accepted: number;
            /** @example 300 */
            duplicates: number;
            /** @example 14 */
            imports: number;
            /** @example 52400 */
            received: number;
            /**
             * @description rows refused at ingestion (unknown enterprise, out of scale, ...)
             * @example 100
             */
            rejected: number;
        };
        InstrumentItemDto: {
            /**
             * @example satisfaction
             * @enum {string}
             */
            construct: "image" | "expectations" | "quality" | "value" | "satisfaction" | "loyalty" | "complaint" | "attention";
            /**
             * @description attention items only: the correct answer
             * @example 2
             */
            expected?: number;
            /**
             * @description letter, then up to 31 letters, digits or underscores
             * @example SAT1
             */
            key: string;
            /** @example overall satisfaction */
            question?: string;
            /**
             * @description scored as scaleMax + scaleMin - answer
             * @example false
             */
            reverse?: boolean;
            /** @example 10 */
            scaleMax: number;
            /** @example 1 */
            scaleMin: number;
            /**
             * @description relative weight within its construct, > 0
             * @example 1
             */
            weight: number;
        };
        InstrumentResponseDto: {
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string;
            /**
             * @description true from survey on: nothing here may change any more
             * @example false
             */
            frozen: boolean;
            items: components["schemas"]["InstrumentItemDto"][];
            /**
             * @example methodology-default
             * @enum {string}
             */
            itemsSource: "campaign" | "methodology-default";
            /** @example csi-2026.1 */
            methodologyVersion: string;
            parameters: components["schemas"]["MethodologyParametersDto"];
        };
        IntervalDto: {
            /** @example 79.81 */
            high: number | null;
            /**
             * @description 95 % interval, t with n - 1 df
             * @example 77.05
             */
            low: number | null;
            /**
             * @description 0-100
             * @example 78.43
             */
            mean: number;
            /** @example 412 */
            n: number;
            /** @example 14.2 */
            sd: number | null;
            /** @example 0.7 */
            standardError: number | null;
        };
        InvitationLinkPreviewDto: {
            /**
             * @description true: sign in with the account’s password to accept; false: choose a name and a password
             * @example false
             */
            accountExists: boolean;
            /** @example liu.yang@example.cn */
            email: string;
            /** @example Shenzhen Kangda Customer Care Co., Ltd. */
            enterpriseName: string;
            /** @example 深圳康达客户关怀有限公司 */
            enterpriseNameZh: string | null;
            /**
             * Format: date-time
             * @example 2026-03-15T08:00:00.000Z
             */
            expiresAt: string;
            /**
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
        };
        InvitationResponseDto: {
            /** @example wang.fang@example.cn */
            email: string;
            /**
             * Format: uuid
             * @example 0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d
             */
            enterpriseId: string;
            /**
             * Format: date-time
             * @example 2026-03-15T08:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 5d0c8a3e-2f7b-4e51-9c1d-8a6b4f2e7c90
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            invitedAt: string;
            /**
             * Format: date-time
             * @example null
             */
            respondedAt: string | null;
            /**
             * @description what accepting makes the invitee: admin for a contact an organizer invited
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @description expired: still pending when its expiry passed; it can no longer be accepted
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
        };
        InviteContactDto: {
            /**
             * @description the enterprise’s contact
             * @example liu.yang@example.cn
             */
            email: string;
            /**
             * @description zh (Chinese) or en (English)
             * @example zh
             * @enum {string}
             */
            language?: "zh" | "en";
        };
        InviteMemberDto: {
            /**
             * @description any address: whether it has an account is not checked, and the answer does not say
             * @example wang.fang@example.cn
             */
            email: string;
        };
        InviteStaffDto: {
            /**
             * @description A suggestion the invitation page fills in; the invitee may change it
             * @example Zhang Min
             */
            displayName?: string;
            /** @example zhang.min@example.cn */
            email: string;
            /**
             * @description zh (Chinese) or en (English)
             * @example zh
             * @enum {string}
             */
            language?: "zh" | "en";
            /**
             * @example judge
             * @enum {string}
             */
            role: "judge" | "organizer";
        };
        IssuedPartnerKeyResponseDto: {
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string;
            /** @example 2027-03-01T08:00:00.000Z */
            createdAt: string;
            /** @example 9b1d3c8e-0a4f-4c1e-8a7e-5f2d6c3b1a90 */
            id: string;
            /**
             * @description the first characters, to tell keys apart
             * @example cak_Xq3v9LmN
             */
            keyPrefix: string;
            /** @example Survey partner: Horizon Research, 2027 wave */
            label: string;
            /** @example 2027-05-03T10:15:00.000Z */
            lastUsedAt: string | null;
            /** @example null */
            revokedAt: string | null;
            /**
             * @description send as the x-api-key header; shown only now, stored only as a hash
             * @example cak_Xq3v9LmNa0b1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6r
             */
            secret: string;
        };
        IssuePartnerKeyDto: {
            /** @example Survey partner: Horizon Research, 2027 wave */
            label: string;
        };
        JudgeAttachmentsDto: {
            slots: components["schemas"]["AttachmentSlotDto"][];
            /**
             * @description After the announcement, the attachments of counted sheets appear in each entrant’s feedback (when the round shares feedback with entrants), without judges’ names
             * @example false
             */
            toEntrantsAfterAnnouncement: boolean;
        };
        JudgeDiagnosticsDto: {
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            /** @example 71.2 */
            mean: number;
            /**
             * @description Mean offset from the other judges of the same entrants (positive: lenient); null if never co-judged
             * @example 2.4
             */
            offsetFromPanel: number | null;
            /** @example 6.3 */
            sd: number;
            /** @example 8 */
            sheets: number;
        };
        JudgeImportResultDto: {
            /** @example false */
            dryRun: boolean;
            /** @example e0d1c2b3-a4f5-4e6d-8c7b-6a5f4e3d2c1b */
            importId: string | null;
            /** @description addresses without a judge account, invited by email; their profile waits for their account */
            invitations: components["schemas"]["JudgeInvitationDto"][];
            /** @example 15 */
            judges: number;
            rows: components["schemas"]["ImportedJudgeDto"][];
        };
        JudgeInvitationDto: {
            /** @example 李华 */
            displayName: string;
            /** @example li.hua@example.org */
            email: string;
            /**
             * @example zh
             * @enum {string|null}
             */
            language: "zh" | "en" | null;
            /**
             * @example judge
             * @enum {string}
             */
            role: "judge";
        };
        JudgeProfileDto: {
            affiliations: components["schemas"]["AffiliationDto"][];
            /**
             * @example [
             *       "telecom",
             *       "finance"
             *     ]
             */
            expertiseIndustries: string[];
            /** @example Professor of Service Management */
            title?: Record<string, never> | null;
        };
        JudgeProgressDto: {
            /** @example 8 */
            assigned: number;
            /** @example Prof. Li Wei */
            displayName: string;
            /** @example 2 */
            drafts: number;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            /** @example 1 */
            notStarted: number;
            /** @example 5 */
            submitted: number;
        };
        JudgeResponseDto: {
            /**
             * @example [
             *       {
             *         "organisation": "Example Telecom Co., Ltd.",
             *         "creditCode": null,
             *         "relation": "employer",
             *         "fromYear": 2018,
             *         "toYear": 2024
             *       }
             *     ]
             */
            affiliations: string[];
            /** @example Prof. Li Wei */
            displayName: string;
            /** @example li.wei@example.org */
            email: string;
            /**
             * @example [
             *       "telecom"
             *     ]
             */
            expertiseIndustries: string[];
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            /** @example active */
            status: string;
            /** @example Professor of Service Management */
            title: string | null;
            /** @example 2027-05-01T09:00:00.000Z */
            updatedAt: string | null;
        };
        JudgeTotalDto: {
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            /** @example 72.1 */
            normalised: number | null;
            /** @example 74.5 */
            total: number;
        };
        LiveResponseDto: {
            /** @example ok */
            status: string;
        };
        LocalizedTextDto: {
            /** @example Seats */
            en: string;
            /** @example 座席数 */
            zh: string;
        };
        LoginDto: {
            /** @example li.wei@example.cn */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        MethodologyParametersDto: {
            /** @example 0.05 */
            alpha: number;
            /** @example 0.95 */
            confidence: number;
            contradictions: components["schemas"]["ContradictionRuleDto"][];
            /** @example 6 */
            detractorMax: number;
            /** @example 1 */
            displayDecimals: number;
            /** @example 2 */
            exclusionAlertIndustryMultiple: number;
            /** @example 0.15 */
            exclusionAlertRate: number;
            /** @example 0.2 */
            maxMissingShare: number;
            /** @example 0.4 */
            minCompletionShareOfMedian: number;
            /** @example 2 */
            minSatisfactionItems: number;
            /** @example LOY2 */
            npsItem: string;
            /** @example 1.96 */
            npsZ: number;
            /** @example 9 */
            promoterMin: number;
            /** @example 2 */
            softFlagsToExclude: number;
            /** @example 5 */
            straightLiningMinItems: number;
        };
        MethodologyVersionResponseDto: {
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /** @example Default ACSI-family satisfaction methodology: CSI and CLI as weighted 0-100 rescaling, NPS on LOY2, Welch/Holm winner sets. */
            description: string;
            items: components["schemas"]["InstrumentItemDto"][];
            parameters: components["schemas"]["MethodologyParametersDto"];
            /** @example csi-2026.1 */
            version: string;
        };
        MissingCountDto: {
            /**
             * @description candidacies for which this required field shows and is empty
             * @example 3
             */
            count: number;
            /** @example summary */
            key: string;
            /**
             * @example {
             *       "en": "Summary",
             *       "zh": "案例摘要"
             *     }
             */
            label: components["schemas"]["LocalizedTextDto"];
        };
        MissingFieldDto: {
            /** @example summary */
            key: string;
            /**
             * @example {
             *       "en": "Summary",
             *       "zh": "案例摘要"
             *     }
             */
            label: components["schemas"]["LocalizedTextDto"];
        };
        MissingSheetDto: {
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
        };
        NextTransitionDto: {
            /** @example 2027-06-01T01:00:00.000Z */
            at: string;
            /**
             * @example survey
             * @enum {string}
             */
            state: "draft" | "registration" | "survey" | "judging" | "deciding" | "announced" | "archived";
        };
        NotificationResponseDto: {
            /**
             * @example 张三，您好：
             *
             *     您在2027 年度客户关怀奖的评审轮次“实地考察”中还有 2 份评分表尚未提交。
             */
            body: string;
            /**
             * @description email: also sent to the reader’s address
             * @example email
             */
            channel: string;
            /** @example 2027-05-01T09:00:00.000Z */
            createdAt: string;
            /** @example 2027-05-01T09:00:00.000Z */
            deliveredAt: string | null;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            id: string;
            /**
             * @description The template it and its email are rendered from
             * @example judging-reminder
             */
            kind: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string | null;
            /**
             * @description In the reader’s language: theirs, else the campaign’s
             * @example 2027 年度客户关怀奖：“实地考察”中还有 2 份评分表待提交
             */
            subject: string;
        };
        NpsFiguresDto: {
            /** @example 45.2 */
            high: number;
            /**
             * @description NPS - 1.96 sqrt(Var), clipped to -100
             * @example 18
             */
            low: number;
            /** @example 405 */
            n: number;
            /** @example 31.6 */
            nps: number;
            /** @example 47.9 */
            variance: number;
        };
        PanelConflictResponseDto: {
            /**
             * @description The judge’s still-active assignment to the entrant: a conflict that reached a submitted sheet does not end it (the sheet keeps counting until an organizer decides); null when there is none
             * @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b
             */
            assignmentId: string | null;
            /**
             * @description True until an organizer withdraws or keeps the active assignment’s sheet
             * @example true
             */
            awaitingDecision: boolean;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
            /**
             * @description The organizer’s decision to keep the sheet counting: { reason, by, at }
             * @example null
             */
            kept: Record<string, never> | null;
            /**
             * @example [
             *       {
             *         "source": "affiliation",
             *         "reason": "employer of Example Co. 2019-2024"
             *       }
             *     ]
             */
            reasons: components["schemas"]["ConflictReasonDto"][];
            /** @example submitted */
            sheetState: string | null;
        };
        PanelJudgeDto: {
            /**
             * @description The panel chair records the chair’s tie-break decision
             * @example false
             */
            chair?: boolean;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
        };
        PanelMemberResponseDto: {
            /** @example Prof. Li Wei */
            displayName: string;
            /** @example true */
            isChair: boolean;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string;
        };
        PartnerKeyResponseDto: {
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string;
            /** @example 2027-03-01T08:00:00.000Z */
            createdAt: string;
            /** @example 9b1d3c8e-0a4f-4c1e-8a7e-5f2d6c3b1a90 */
            id: string;
            /**
             * @description the first characters, to tell keys apart
             * @example cak_Xq3v9LmN
             */
            keyPrefix: string;
            /** @example Survey partner: Horizon Research, 2027 wave */
            label: string;
            /** @example 2027-05-03T10:15:00.000Z */
            lastUsedAt: string | null;
            /** @example null */
            revokedAt: string | null;
        };
        PasswordResetRequestDto: {
            /** @example li.wei@example.cn */
            email: string;
        };
        PasswordResetRequestedResponseDto: {
            /** @example If an active account has this address, a reset link valid for 30 minutes is on its way to it. */
            message: string;
        };
        PasswordResetResponseDto: {
            /**
             * @description the account the link resets
             * @example li.wei@example.cn
             */
            email: string;
            /**
             * Format: date-time
             * @example 2027-03-01T08:30:00.000Z
             */
            expiresAt: string;
        };
        ProgressResponseDto: {
            /**
             * @description Submitted sheets a conflict reached afterwards: they count until an organizer withdraws or keeps them (POST /rounds/{roundId}/assignments/{assignmentId}/conflict-decision)
             * @example [
             *       {
             *         "assignmentId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "judgeId": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
             *         "entrantId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "sheetId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "reasons": [
             *           {
             *             "source": "declared",
             *             "reason": "Former client"
             *           }
             *         ]
             *       }
             *     ]
             */
            conflictsAwaitingDecision: components["schemas"]["ConflictAwaitingDecisionDto"][];
            /**
             * @example [
             *       {
             *         "entrantId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "enterpriseName": "Example Co.",
             *         "assigned": 3,
             *         "submitted": 2,
             *         "drafts": 1,
             *         "notStarted": 0
             *       }
             *     ]
             */
            entrants: components["schemas"]["EntrantProgressDto"][];
            /**
             * @example [
             *       {
             *         "judgeId": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
             *         "displayName": "Prof. Li Wei",
             *         "assigned": 8,
             *         "submitted": 5,
             *         "drafts": 2,
             *         "notStarted": 1
             *       }
             *     ]
             */
            judges: components["schemas"]["JudgeProgressDto"][];
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string;
            /**
             * @example [
             *       {
             *         "assignmentId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "entrantId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "judgeId": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
             *         "sheetId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "state": "draft"
             *       }
             *     ]
             */
            sheets: components["schemas"]["SheetProgressDto"][];
            /** @example open */
            state: string;
            /** @example 5 */
            submitted: number;
        };
        ProposalCandidateDto: {
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            enterpriseId: string;
            /** @example Shenzhen Harbour Telecom Co., Ltd. */
            enterpriseName: string;
            /**
             * @description Why it was left out
             * @example null
             */
            excluded: string | null;
            /**
             * @description The figures the decision rests on, rounded as they are published
             * @example {
             *       "n": 412,
             *       "csi": 84.2,
             *       "csiLow": 82.9,
             *       "csiHigh": 85.5,
             *       "cli": 79.1,
             *       "nps": 38.5,
             *       "p": null,
             *       "adjustedP": null
             *     }
             */
            figures: {
                [key: string]: (number | string) | null;
            };
            /** @example 2 */
            identityVersion?: number | null;
            /** @example 1 */
            rank: number | null;
        };
        ProposalDto: {
            evidence: components["schemas"]["ProposalEvidenceDto"];
            industries: components["schemas"]["IndustryProposalDto"][];
            /**
             * @example survey-benchmark
             * @enum {string}
             */
            kind: "survey-benchmark" | "panel" | "combined";
            /**
             * @description Why no proposal can be made at all (e.g. the final round is not finalised); empty when it can
             * @example []
             */
            problems: string[];
            /**
             * @description The problems in Chinese, in the same order
             * @example []
             */
            problemsZh: string[];
            /**
             * @description The published rule, in words
             * @example Per industry, the leader by CSI among ranked enterprises plus every enterprise not significantly below it (one-sided Welch test, Holm-adjusted, alpha as published); at most 3
             */
            rule: string;
            /**
             * @description The rule in Chinese, in the words the public site publishes it with
             * @example 每个行业中，参与排名企业里 CSI 最高者，以及与其无显著差异的所有企业（单侧 Welch 检验，Holm 校正，显著性水平见公布参数）；最多 3 名
             */
            ruleZh: string;
        };
        ProposalEvidenceDto: {
            round: components["schemas"]["RoundEvidenceDto"] | null;
            snapshots: components["schemas"]["SnapshotEvidenceDto"][];
        };
        ProposedWinnerDto: {
            /**
             * @description What separated this winner from the next candidate: a tie-break step, the score, or null
             * @example winner-set
             */
            decidedBy: string | null;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            enterpriseId: string;
            /** @example Shenzhen Harbour Telecom Co., Ltd. */
            enterpriseName: string;
            /**
             * @description The figures the decision rests on, rounded as they are published
             * @example {
             *       "n": 412,
             *       "csi": 84.2,
             *       "csiLow": 82.9,
             *       "csiHigh": 85.5,
             *       "cli": 79.1,
             *       "nps": 38.5,
             *       "p": null,
             *       "adjustedP": null
             *     }
             */
            figures: {
                [key: string]: (number | string) | null;
            };
            /** @example 2 */
            identityVersion?: number | null;
        };
        RankingEntryDto: {
            cli: components["schemas"]["IntervalDto"] | null;
            /** @example 0.08 */
            complaintRate: number | null;
            csi: components["schemas"]["IntervalDto"] | null;
            dataQuality: components["schemas"]["DataQualityDto"];
            drivers: components["schemas"]["DriversDto"];
            /**
             * @example ranked
             * @enum {string}
             */
            eligibility: "ranked" | "indicative" | "unpublished";
            /** @example 7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f */
            enterpriseId: string;
            /** @example Example Contact Center Co., Ltd. */
            legalName: string;
            /**
             * @description valid responses
             * @example 412
             */
            n: number;
            nps: components["schemas"]["NpsFiguresDto"] | null;
            /**
             * @description share of other ranked enterprises below
             * @example 87.5
             */
            percentile: number | null;
            /**
             * @description CSI rounded for publication
             * @example 78.4
             */
            publishedCsi: number | null;
            /**
             * @description shared on equal published CSI (1, 1, 3)
             * @example 2
             */
            rank: number | null;
            /** @description ranked enterprises only */
            winnerSet: components["schemas"]["WinnerSetMembershipDto"] | null;
        };
        RankingRulesDto: {
            /** @example true */
            jointWinnersOnTie: boolean;
            /** @example 30 */
            minResponsesListed: number;
            /** @example 100 */
            minResponsesRanked: number;
        };
        RankingSnapshotDto: {
            /** @example 3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            campaignId: string;
            counts: components["schemas"]["SnapshotCountsDto"];
            /** @example 2027-05-03T10:15:11.000Z */
            createdAt: string;
            entries: components["schemas"]["RankingEntryDto"][];
            /** @example a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d */
            id: string;
            industryAggregate: components["schemas"]["IndustryAggregateDto"] | null;
            /** @example telecom */
            industryCode: string;
            /**
             * @example {
             *       "source": "methodology-default",
             *       "items": [
             *         {
             *           "key": "IMG",
             *           "construct": "image",
             *           "scaleMin": 1,
             *           "scaleMax": 10,
             *           "weight": 1,
             *           "question": "reputation of the enterprise"
             *         }
             *       ]
             *     }
             */
            instrument: Record<string, never>;
            /** @example 380 */
            medianCompletionSeconds: number | null;
            /** @example csi-2026.1 */
            methodologyVersion: string;
            parameters: components["schemas"]["MethodologyParametersDto"];
            rules: components["schemas"]["RankingRulesDto"];
            /**
             * @description counts per campaign and industry
             * @example 7
             */
            sequence: number;
            singleWinner: components["schemas"]["SingleWinnerDto"] | null;
            /**
             * @example incremental
             * @enum {string}
             */
            source: "incremental" | "full-recompute";
            /** @example 152 */
            speedingThresholdSeconds: number | null;
            /**
             * @description the running totals (valid responses) the figures were computed from; sums in micro-points
             * @example {
             *       "7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f": {
             *         "n": 412,
             *         "constructs": {
             *           "satisfaction": {
             *             "n": 412,
             *             "sum": "32312000000",
             *             "sumSquares": "2617000000000000"
             *           }
             *         }
             *       }
             *     }
             */
            totals: Record<string, never>;
            /**
             * @description leader and co-winners, in rank order
             * @example [
             *       "7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f"
             *     ]
             */
            winnerSet: string[];
        };
        ReadyResponseDto: {
            /**
             * @description one entry per dependency
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "up",
             *         "latencyMs": 1
             *       }
             *     }
             */
            checks: Record<string, never>;
            /** @example ok */
            status: string;
        };
        ReasonDto: {
            /** @example Site visit moved: the centre relocated in March */
            reason: string;
        };
        ReassignDto: {
            /**
             * @description The judge who takes the assignment over
             * @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f
             */
            judgeId: string;
            /** @example Site visit moved: the centre relocated in March */
            reason: string;
        };
        ReceivedInvitationResponseDto: {
            /** @example wang.fang@example.cn */
            email: string;
            /**
             * Format: uuid
             * @example 0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d
             */
            enterpriseId: string;
            /** @example Shenzhen Kangda Customer Care Co., Ltd. */
            enterpriseName: string;
            /**
             * Format: date-time
             * @example 2026-03-15T08:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 5d0c8a3e-2f7b-4e51-9c1d-8a6b4f2e7c90
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            invitedAt: string;
            /**
             * Format: date-time
             * @example null
             */
            respondedAt: string | null;
            /**
             * @description what accepting makes the invitee: admin for a contact an organizer invited
             * @example member
             * @enum {string}
             */
            role: "member" | "admin";
            /**
             * @description expired: still pending when its expiry passed; it can no longer be accepted
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "declined" | "revoked" | "expired";
        };
        RecomputeAcceptedDto: {
            /** @example recompute-3f6c1a52-5d0c-4b8e-9d8e-2f4b7a1c9e01 */
            jobId: string;
        };
        RecoveryCodesResponseDto: {
            /**
             * @description shown this once; each works one time in place of a code
             * @example [
             *       "K7PQ2-XW9RT",
             *       "M3ZB8-HC4NV"
             *     ]
             */
            recoveryCodes: string[];
        };
        ReferenceDataDto: {
            businessTypes: components["schemas"]["ReferenceEntryDto"][];
            industries: components["schemas"]["ReferenceEntryDto"][];
            organizationTypes: components["schemas"]["ReferenceEntryDto"][];
        };
        ReferenceEntryDto: {
            /** @example telecom */
            code: string;
            /** @example Telecommunications */
            name: string;
            /** @example 电信业 */
            nameZh: string;
        };
        RegisterDto: {
            /** @example Li Wei */
            displayName: string;
            /** @example li.wei@example.cn */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        RegistrationCountsDto: {
            /** @example 45 */
            approved: number;
            /**
             * @description rejected or withdrawn
             * @example 3
             */
            refused: number;
            /**
             * @description awaiting the organizer’s decision
             * @example 4
             */
            submitted: number;
            /**
             * @description every candidacy of the industry, whatever its state
             * @example 52
             */
            total: number;
        };
        RemindersResponseDto: {
            /**
             * @description Judges reminded (one notification each)
             * @example 3
             */
            reminded: number;
        };
        ReplaceCategoriesDto: {
            categories: components["schemas"]["CategoryDto"][];
        };
        ResponseBatchDto: {
            /** @description 1 to 10000 responses */
            responses: components["schemas"]["SurveyResponseDto"][];
        };
        ResponseCountsDto: {
            /**
             * @description the ranking snapshot these counts are from
             * @example 7
             */
            snapshotSequence: number;
            /** @example 83412 */
            stored: number;
            /** @example 80917 */
            valid: number;
        };
        ReviewEnterpriseDto: {
            /**
             * @example rejected
             * @enum {string}
             */
            decision: "verified" | "rejected";
            /**
             * @description the `profileRevision` of the profile you read; 409 `PROFILE_CHANGED_SINCE_READ` if it was edited since
             * @example 3
             */
            profileRevision: number;
            /** @example The credit code belongs to another company */
            reason?: string;
        };
        ReviewIdentityChangeDto: {
            /**
             * Format: uuid
             * @description the id of the pending change you read (`pendingChange.id` of `GET /enterprises/{id}/identity`); 409 `IDENTITY_CHANGE_MOVED` if it was amended since
             * @example 3f0c1e7a-2b4d-4c6e-8a9b-1c2d3e4f5a6b
             */
            changeId: string;
            /**
             * @example verified
             * @enum {string}
             */
            decision: "verified" | "rejected";
            /** @example The licence shows the new name since 2027-02-28 */
            reason?: string;
        };
        RoundAttachmentResponseDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            assignmentId: string;
            /**
             * @example active
             * @enum {string}
             */
            assignmentState: "active" | "replaced" | "withdrawn";
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            entrantId: string;
            /** @example Site visit 12 May.pdf */
            fileName: string;
            /** @example 5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90 */
            id: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            judgeId: string;
            /** @example Prof. Li Wei */
            judgeName: string;
            /**
             * @description As sniffed from the bytes
             * @example application/pdf
             */
            mediaType: string;
            /**
             * @example unscanned
             * @enum {string}
             */
            scan: "clean" | "unscanned";
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @example 482133 */
            sizeBytes: number;
            /** @example report */
            slot: string;
            /** @example 2027-05-01T09:00:00.000Z */
            uploadedAt: string;
        };
        RoundEvidenceDto: {
            /** @example 5e1d… */
            checksum: string | null;
            /** @example Site visit */
            name: string;
            /** @example 2 */
            position: number;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            roundId: string;
        };
        RoundMaterialsDto: {
            /** @description What judges attach to their sheets; null takes nothing. Default: none for a document review, a PDF `report` and `photos` (JPEG or PNG) for a site visit or mystery call */
            judgeAttachments?: components["schemas"]["JudgeAttachmentsDto"] | null;
            /**
             * @description Entry form fields the judges see, by key; null (the default) shows every field
             * @example [
             *       "centre_name",
             *       "seats",
             *       "summary",
             *       "evidence"
             *     ]
             */
            shownFields?: string[] | null;
            /**
             * @description Show the judges, in each dossier, the entrant’s results and the judges’ comments of the finalised earlier rounds of the same campaign and category, without judges’ names (absent: false)
             * @example true
             */
            showPreviousFeedback?: boolean;
        };
        RoundResponseDto: {
            /**
             * @example {
             *       "kind": "top-n",
             *       "n": 5,
             *       "perIndustry": true
             *     }
             */
            advancementRule: Record<string, never> | null;
            /** @example z-score */
            aggregationMethod: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            campaignId: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            categoryId: string;
            /**
             * @example {
             *       "order": [
             *         "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
             *       ],
             *       "reason": "Stronger site visit",
             *       "recordedBy": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
             *       "recordedAt": "2027-05-01T09:00:00.000Z"
             *     }
             */
            chairDecision: Record<string, never> | null;
            /** @example 2027-05-21T18:00:00.000Z */
            closesAt: string | null;
            /** @example 2027-05-01T09:00:00.000Z */
            createdAt: string;
            /** @example 15 */
            disagreementThreshold: number;
            /** @example null */
            forcedCloseReason: string | null;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            id: string;
            /** @example 3 */
            judgesPerEntrant: number;
            /**
             * @description `shownFields` null: every field of the entry form; `judgeAttachments` null: none taken; `showPreviousFeedback` absent or false: the dossier shows no earlier rounds
             * @example {
             *       "shownFields": null,
             *       "judgeAttachments": {
             *         "slots": [
             *           {
             *             "key": "report",
             *             "label": {
             *               "en": "Report",
             *               "zh": "评审报告"
             *             },
             *             "accept": [
             *               "application/pdf"
             *             ],
             *             "maxBytes": 20971520,
             *             "maxFiles": 1
             *           },
             *           {
             *             "key": "photos",
             *             "label": {
             *               "en": "Photos",
             *               "zh": "照片"
             *             },
             *             "accept": [
             *               "image/jpeg",
             *               "image/png"
             *             ],
             *             "maxBytes": 10485760,
             *             "maxFiles": 20
             *           }
             *         ],
             *         "toEntrantsAfterAnnouncement": false
             *       },
             *       "showPreviousFeedback": false
             *     }
             */
            materials: Record<string, never>;
            /** @example Document review */
            name: string;
            /** @example false */
            onlySurveyEligible: boolean;
            /** @example 2027-05-01T09:00:00.000Z */
            opensAt: string | null;
            /**
             * @description The round’s place in its category
             * @example 1
             */
            position: number;
            /** @example 48 */
            reminderHoursBeforeClose: number;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            rubricId: string;
            /** @example 1 */
            rubricVersion: number;
            /** @example 0 */
            selfAssessmentWeight: number;
            /** @example document-review */
            stageType: string;
            /**
             * @example open
             * @enum {string}
             */
            state: "draft" | "open" | "closed" | "finalised";
            /** @example 2027-05-01T09:00:00.000Z */
            stateChangedAt: string;
            /**
             * @example [
             *       "heaviest-category",
             *       "lower-spread",
             *       "chair-decision"
             *     ]
             */
            tieBreak: string[];
            /** @example 2027-05-01T09:00:00.000Z */
            updatedAt: string;
            /**
             * @example {
             *       "judgesSeeResultsAfterClose": true,
             *       "feedbackToEntrants": true,
             *       "feedbackIncludesComments": true
             *     }
             */
            visibility: Record<string, never>;
        };
        RoundResultsResponseDto: {
            /** @example null */
            chairDecision: Record<string, never> | null;
            /**
             * @description SHA-256 of the stored results, once finalised
             * @example 5e1d…
             */
            checksum: string | null;
            /** @example 15 */
            disagreementThreshold: number;
            /**
             * @example [
             *       {
             *         "entrantId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "enterpriseId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "enterpriseName": "Example Co.",
             *         "candidacyId": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *         "industryCode": "telecom",
             *         "judges": 3,
             *         "totals": [
             *           {
             *             "judgeId": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
             *             "total": 74.5,
             *             "normalised": 72.1
             *           }
             *         ],
             *         "panelScore": 73.2,
             *         "selfAssessmentScore": null,
             *         "selfAssessmentWeight": 0,
             *         "score": 73.2,
             *         "spread": 6.5,
             *         "disagreement": false,
             *         "categories": [
             *           {
             *             "code": "1",
             *             "weight": 10,
             *             "percent": 75
             *           }
             *         ],
             *         "weakestCategory": "4",
             *         "band": "certified",
             *         "rank": 1,
             *         "decidedBy": null,
             *         "advances": true,
             *         "advancementReason": "rank 1 in its industry within the top 5"
             *       }
             *     ]
             */
            entrants: components["schemas"]["EntrantResultDto"][];
            /** @example 2027-05-01T09:00:00.000Z */
            finalisedAt: string | null;
            /** @example null */
            forcedCloseReason: string | null;
            /**
             * @description ICC(1) over the round’s sheets
             * @example 0.62
             */
            interRaterAgreement: number | null;
            /**
             * @example [
             *       {
             *         "judgeId": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
             *         "sheets": 8,
             *         "mean": 71.2,
             *         "sd": 6.3,
             *         "offsetFromPanel": 2.4
             *       }
             *     ]
             */
            judges: components["schemas"]["JudgeDiagnosticsDto"][];
            /** @example z-score */
            method: string;
            /**
             * @description Excluded by a forced close
             * @example [
             *       {
             *         "entrantId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             *         "judgeId": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f"
             *       }
             *     ]
             */
            missingSheets: components["schemas"]["MissingSheetDto"][];
            /**
             * @description True while the round is open: sheets may still change
             * @example false
             */
            provisional: boolean;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string;
            /**
             * @example {
             *       "id": "6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b",
             *       "version": 1,
             *       "checksum": "9f2c0e5b…"
             *     }
             */
            rubric: Record<string, never>;
            /** @example closed */
            state: string;
            /**
             * @example [
             *       "heaviest-category",
             *       "lower-spread",
             *       "chair-decision"
             *     ]
             */
            tieBreak: string[];
            /**
             * @description Entrants without a submitted sheet
             * @example []
             */
            unscored: string[];
        };
        RoundTransitionDto: {
            /**
             * @description Close although sheets are missing (they are excluded and reported)
             * @example true
             */
            force?: boolean;
            /** @example Judge fell ill; two sheets will not come */
            reason?: string | null;
            /**
             * @example closed
             * @enum {string}
             */
            to: "open" | "closed" | "finalised";
        };
        RoundVisibilityDto: {
            /**
             * @description The feedback includes judges’ comments (never their names)
             * @example true
             */
            feedbackIncludesComments?: boolean;
            /**
             * @description After the announcement, each entrant reads its own feedback
             * @example true
             */
            feedbackToEntrants?: boolean;
            /**
             * @description Judges of the panel read the results once the round is closed
             * @example true
             */
            judgesSeeResultsAfterClose?: boolean;
        };
        RubricBandDto: {
            /** @example 80 */
            max: number;
            /** @example meets the standard; certified */
            meaning?: string | null;
            /**
             * @description The meaning in Chinese; readers of Chinese see `meaning` when it is absent
             * @example 达到标准；通过认证
             */
            meaningZh?: string | null;
            /** @example 61 */
            min: number;
            /** @example 通过认证 */
            nameZh?: string | null;
            /**
             * @description lower-case letters, digits and "-"
             * @example certified
             */
            outcome: string;
        };
        RubricCategoryDto: {
            /** @example 1 */
            code: string;
            items: components["schemas"]["RubricItemDto"][];
            /** @example Leadership */
            name: string;
            /** @example 领导能力 */
            nameZh?: string | null;
            /**
             * @description Whole points; the categories’ weights sum to 100
             * @example 10
             */
            weight: number;
        };
        RubricContentResponseDto: {
            bands: components["schemas"]["RubricBandDto"][];
            categories: components["schemas"]["RubricCategoryDto"][];
        };
        RubricItemDto: {
            /**
             * @description 1-20 letters, digits, ".", "_" or "-"; unique in the rubric
             * @example 1.1
             */
            code: string;
            /** @example Leaders review the centre’s results monthly and fund its plan. */
            guidance?: string | null;
            /**
             * @description The guidance in Chinese; judges reading Chinese see `guidance` when it is absent
             * @example 领导层每月审阅呼叫中心的结果，并为其计划提供资源。
             */
            guidanceZh?: string | null;
            /** @example Senior leadership support */
            name: string;
            /** @example 企业高层领导支持 */
            nameZh?: string | null;
            /**
             * @description e.g. 10 for a 0-10 scale, 100 for a percentage
             * @example 10
             */
            scaleMax: number;
            /** @example 0 */
            scaleMin: number;
            /**
             * @description The finest difference a judge may score when finer than whole points: a value must be scaleMin + k x step (0.5 allows 7.5 on a 0-10 scale). It must divide scaleMax - scaleMin a whole number of times. Absent: whole points only.
             * @example 0.5
             */
            step?: number | null;
        };
        RubricResponseDto: {
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            id: string;
            /** @example cccs-op-2003 */
            key: string;
            /** @example 1 */
            latestVersion: number;
            /** @example China Contact Center Standard for Operation Performance (CCCS-OP 2003) */
            name: string;
            /** @example 全国呼叫中心运营绩效标准 CCCS-OP 2003 */
            nameZh: string | null;
        };
        RubricResultResponseDto: {
            /**
             * @description The band holding the total rounded half up to a whole point
             * @example certified
             */
            band: string;
            categories: components["schemas"]["CategoryResultDto"][];
            /**
             * @description Sum of weight x percent / 100, out of 100
             * @example 66
             */
            total: number;
            /**
             * @description The category with the lowest percentage (weakest plank)
             * @example people
             */
            weakestCategory: string;
        };
        RubricVersionInputDto: {
            /**
             * @example [
             *       {
             *         "min": 81,
             *         "max": 100,
             *         "outcome": "certified-five-star"
             *       },
             *       {
             *         "min": 61,
             *         "max": 80,
             *         "outcome": "certified",
             *         "meaning": "meets the standard; certified",
             *         "meaningZh": "达到标准；通过认证"
             *       },
             *       {
             *         "min": 41,
             *         "max": 60,
             *         "outcome": "conditional"
             *       },
             *       {
             *         "min": 0,
             *         "max": 40,
             *         "outcome": "not-certified"
             *       }
             *     ]
             */
            bands: components["schemas"]["RubricBandDto"][];
            /**
             * @example [
             *       {
             *         "code": "service",
             *         "name": "Service quality",
             *         "weight": 60,
             *         "items": [
             *           {
             *             "code": "service.1",
             *             "name": "First-contact resolution",
             *             "scaleMin": 0,
             *             "scaleMax": 10,
             *             "step": 0.5,
             *             "guidance": "10: four in five contacts resolved at the first contact, measured monthly",
             *             "guidanceZh": "10：每月统计，五分之四的联系在首次联系时解决"
             *           }
             *         ]
             *       },
             *       {
             *         "code": "people",
             *         "name": "People",
             *         "weight": 40,
             *         "items": [
             *           {
             *             "code": "people.1",
             *             "name": "Coaching and training",
             *             "scaleMin": 0,
             *             "scaleMax": 100
             *           }
             *         ]
             *       }
             *     ]
             */
            categories: components["schemas"]["RubricCategoryDto"][];
            /** @example Results weighted up from 15 to 20 after the 2026 review */
            note?: string | null;
        };
        RubricVersionResponseDto: {
            /**
             * @example [
             *       {
             *         "min": 81,
             *         "max": 100,
             *         "outcome": "certified-five-star"
             *       },
             *       {
             *         "min": 61,
             *         "max": 80,
             *         "outcome": "certified",
             *         "meaning": "meets the standard; certified",
             *         "meaningZh": "达到标准；通过认证"
             *       },
             *       {
             *         "min": 41,
             *         "max": 60,
             *         "outcome": "conditional"
             *       },
             *       {
             *         "min": 0,
             *         "max": 40,
             *         "outcome": "not-certified"
             *       }
             *     ]
             */
            bands: components["schemas"]["RubricBandDto"][];
            /**
             * @example [
             *       {
             *         "code": "service",
             *         "name": "Service quality",
             *         "weight": 60,
             *         "items": [
             *           {
             *             "code": "service.1",
             *             "name": "First-contact resolution",
             *             "scaleMin": 0,
             *             "scaleMax": 10,
             *             "step": 0.5,
             *             "guidance": "10: four in five contacts resolved at the first contact, measured monthly",
             *             "guidanceZh": "10：每月统计，五分之四的联系在首次联系时解决"
             *           }
             *         ]
             *       },
             *       {
             *         "code": "people",
             *         "name": "People",
             *         "weight": 40,
             *         "items": [
             *           {
             *             "code": "people.1",
             *             "name": "Coaching and training",
             *             "scaleMin": 0,
             *             "scaleMax": 100
             *           }
             *         ]
             *       }
             *     ]
             */
            categories: components["schemas"]["RubricCategoryDto"][];
            /**
             * @description SHA-256 of the version’s categories and bands as JSON with sorted keys: anyone can check a published rubric against it
             * @example 9f2c0e5b7d1a4c3e8b6f0a2d4c6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e
             */
            checksum: string;
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /** @example Results weighted up from 15 to 20 */
            note: string | null;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            rubricId: string;
            /** @example 2 */
            version: number;
        };
        RubricWithVersionsResponseDto: {
            /** @example 2026-11-23T10:00:00.000Z */
            createdAt: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            id: string;
            /** @example cccs-op-2003 */
            key: string;
            /** @example 1 */
            latestVersion: number;
            /** @example China Contact Center Standard for Operation Performance (CCCS-OP 2003) */
            name: string;
            /** @example 全国呼叫中心运营绩效标准 CCCS-OP 2003 */
            nameZh: string | null;
            versions: components["schemas"]["RubricVersionResponseDto"][];
        };
        RulesDto: {
            /**
             * @description statistical ties produce joint winners
             * @default true
             * @example true
             */
            jointWinnersOnTie: boolean;
            /**
             * @default csi-2026.1
             * @example csi-2026.1
             */
            methodologyVersion: string;
            /**
             * @description valid responses needed to be listed as indicative
             * @default 30
             * @example 30
             */
            minResponsesListed: number;
            /**
             * @description valid responses needed to be ranked and award-eligible
             * @default 100
             * @example 100
             */
            minResponsesRanked: number;
        };
        SaveAnswerDto: {
            /**
             * @description By the field’s type: a text (short-text, long-text, date `YYYY-MM-DD`, url, email, single-choice value), a number, a list of option values (multiple-choice), or a list of rows keyed by column (table). `null` (or an empty text or list) clears the answer. File fields take uploads instead.
             * @example 320
             */
            value: (string | number | string[] | {
                [key: string]: (string | number) | null;
            }[]) | null;
        };
        SaveAnswersDto: {
            /**
             * @description Answers by field key, all saved or none. By the field’s type: a text (short-text, long-text, date `YYYY-MM-DD`, url, email, single-choice value), a number, a list of option values (multiple-choice), or a list of rows keyed by column (table). `null` (or an empty text or list) clears the answer. File fields take uploads instead.
             * @example {
             *       "centre_name": "Shenzhen Customer Care Centre",
             *       "seats": 320,
             *       "outsourced": "no",
             *       "outsourcing_share": null
             *     }
             */
            answers: Record<string, never>;
        };
        ScheduleDto: {
            /**
             * Format: date-time
             * @example 2027-09-15T10:00:00+08:00
             */
            announcementAt?: string | null;
            /**
             * Format: date-time
             * @example 2027-08-31T23:59:59+08:00
             */
            judgingEndsAt?: string | null;
            /**
             * Format: date-time
             * @example 2027-06-01T00:00:00+08:00
             */
            judgingStartsAt?: string | null;
            /**
             * Format: date-time
             * @example 2027-02-20T23:59:59+08:00
             */
            registrationClosesAt?: string | null;
            /**
             * Format: date-time
             * @example 2027-01-10T00:00:00+08:00
             */
            registrationOpensAt?: string | null;
            /**
             * Format: date-time
             * @example 2027-05-31T23:59:59+08:00
             */
            surveyClosesAt?: string | null;
            /**
             * Format: date-time
             * @example 2027-03-01T00:00:00+08:00
             */
            surveyOpensAt?: string | null;
        };
        ScoreSheetDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            assignmentId: string | null;
            /**
             * @example {
             *       "1": "Clear escalation path."
             *     }
             */
            comments: Record<string, never>;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            id: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string | null;
            /** @example null */
            reopenReason: string | null;
            /**
             * @description How many times it was submitted
             * @example 1
             */
            revision: number;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string;
            /**
             * @example submitted
             * @enum {string}
             */
            state: "draft" | "submitted";
            /** @example 2027-05-01T09:00:00.000Z */
            submittedAt: string | null;
            /** @example 2027-05-01T09:00:00.000Z */
            updatedAt: string;
            /**
             * @example {
             *       "1.1": 8
             *     }
             */
            values: Record<string, never>;
        };
        SelfAssessmentResponseDto: {
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            round: components["schemas"]["RoundResponseDto"];
            /** @description The rubric version to score on */
            rubric: components["schemas"]["RubricContentResponseDto"];
            sheet: components["schemas"]["SheetViewResponseDto"];
        };
        SetInstrumentDto: {
            items: components["schemas"]["InstrumentItemDto"][];
        };
        SetPanelDto: {
            judges: components["schemas"]["PanelJudgeDto"][];
        };
        SheetAttachmentResponseDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            assignmentId: string;
            /** @example Site visit 12 May.pdf */
            fileName: string;
            /** @example 5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90 */
            id: string;
            /**
             * @description As sniffed from the bytes
             * @example application/pdf
             */
            mediaType: string;
            /**
             * @example unscanned
             * @enum {string}
             */
            scan: "clean" | "unscanned";
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @example 482133 */
            sizeBytes: number;
            /** @example report */
            slot: string;
            /** @example 2027-05-01T09:00:00.000Z */
            uploadedAt: string;
        };
        SheetDto: {
            /**
             * @description Category code -> comment
             * @example {
             *       "1": "Leadership reviews results monthly."
             *     }
             */
            comments?: {
                [key: string]: string;
            };
            /**
             * @description Item code -> points on the item’s scale; a draft may leave items out, a submission may not
             * @example {
             *       "1.1": 8,
             *       "1.2": 7
             *     }
             */
            values: {
                [key: string]: number;
            };
        };
        SheetHistoryResponseDto: {
            /** @description The judge’s attachments to this sheet */
            attachments: components["schemas"]["SheetAttachmentResponseDto"][];
            /**
             * @description Every submission, oldest first; never changed
             * @example [
             *       {
             *         "revision": 1,
             *         "values": {
             *           "1.1": 8
             *         },
             *         "comments": {},
             *         "total": 72.5,
             *         "submittedBy": "2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f",
             *         "submittedAt": "2027-05-01T09:00:00.000Z"
             *       }
             *     ]
             */
            revisions: string[];
            sheet: components["schemas"]["ScoreSheetDto"];
        };
        SheetProgressDto: {
            /**
             * @description null in a self-assessment round
             * @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b
             */
            assignmentId: string | null;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example 2d8c1f0e-7a6b-4c5d-9e8f-0a1b2c3d4e5f */
            judgeId: string | null;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            sheetId: string | null;
            /**
             * @description not-started, draft or submitted
             * @example draft
             */
            state: string;
        };
        SheetViewResponseDto: {
            /** @description The sheet’s rubric result once every item has a value */
            result: components["schemas"]["RubricResultResponseDto"] | null;
            sheet: components["schemas"]["ScoreSheetDto"] | null;
        };
        SingleWinnerDto: {
            /**
             * @example cli
             * @enum {string}
             */
            decidedBy: "csi" | "cli" | "nps" | "n" | "unresolved";
            /** @example 7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f */
            enterpriseId: string | null;
        };
        SlotLabelDto: {
            /** @example Site-visit report */
            en: string;
            /** @example 现场评审报告 */
            zh: string;
        };
        SnapshotCountsDto: {
            /** @example 1 */
            alerts: number;
            /** @example 40 */
            duplicates: number;
            /** @example 12 */
            enterprises: number;
            excluded: components["schemas"]["ExclusionCountsDto"];
            flagged: components["schemas"]["FlagCountsDto"];
            /** @example 5240 */
            received: number;
            /** @example 5200 */
            stored: number;
            /** @example 5010 */
            valid: number;
        };
        SnapshotEvidenceDto: {
            /** @example telecom */
            industryCode: string;
            /** @example csi-2026.1 */
            methodologyVersion: string;
            /** @example 4 */
            sequence: number;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            snapshotId: string;
        };
        SnapshotSummaryDto: {
            counts: components["schemas"]["SnapshotCountsDto"];
            /** @example 2027-05-03T10:15:11.000Z */
            createdAt: string;
            /** @example a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d */
            id: string;
            /** @example telecom */
            industryCode: string;
            /** @example 7 */
            sequence: number;
            /**
             * @example incremental
             * @enum {string}
             */
            source: "incremental" | "full-recompute";
        };
        StaffInvitationPageDto: {
            items: components["schemas"]["StaffInvitationResponseDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description items matching the filter, over all pages
             * @example 1
             */
            total: number;
        };
        StaffInvitationPreviewDto: {
            /**
             * @description the inviter’s suggestion
             * @example Zhang Min
             */
            displayName: string | null;
            /** @example zhang.min@example.cn */
            email: string;
            /**
             * Format: date-time
             * @example 2026-03-08T08:00:00.000Z
             */
            expiresAt: string;
            /** @example Chen Jing */
            inviterName: string;
            /**
             * @example judge
             * @enum {string}
             */
            role: "judge" | "organizer";
        };
        StaffInvitationResponseDto: {
            /** @example Zhang Min */
            displayName: string | null;
            /** @example zhang.min@example.cn */
            email: string;
            /**
             * Format: date-time
             * @example 2026-03-08T08:00:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 5d0c8a3e-2f7b-4e51-9c1d-8a6b4f2e7c90
             */
            id: string;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            invitedAt: string;
            /**
             * @example zh
             * @enum {string|null}
             */
            language: "zh" | "en" | null;
            /**
             * Format: date-time
             * @example null
             */
            respondedAt: string | null;
            /**
             * @example judge
             * @enum {string}
             */
            role: "judge" | "organizer";
            /**
             * @description expired: still pending when its expiry passed; the link no longer works
             * @example pending
             * @enum {string}
             */
            status: "pending" | "accepted" | "revoked" | "expired";
            /**
             * Format: uuid
             * @description The account the acceptance created
             * @example null
             */
            userId: string | null;
        };
        SurveyResponseDto: {
            /**
             * @description item key -> whole-number answer on the item scale; leave an item out when unanswered
             * @example {
             *       "IMG": 8,
             *       "EXP": 7,
             *       "QUA1": 8,
             *       "QUA2": 9,
             *       "QUA3": 8,
             *       "VAL1": 7,
             *       "VAL2": 7,
             *       "SAT1": 8,
             *       "SAT2": 8,
             *       "SAT3": 7,
             *       "CMP": 0,
             *       "LOY1": 9,
             *       "LOY2": 9
             *     }
             */
            answers: Record<string, never>;
            /**
             * @example phone
             * @enum {string}
             */
            channel: "phone" | "web" | "email" | "sms" | "app" | "chat" | "in-person" | "social" | "other";
            /**
             * @description seconds taken; used for the speeding rule
             * @example 412
             */
            completionSeconds?: number;
            /**
             * @description unified social credit code
             * @example 91350100M000100Y43
             */
            creditCode?: string;
            /**
             * @description enterpriseId or creditCode
             * @example 7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f
             */
            enterpriseId?: string;
            /**
             * @description unique per enterprise: a resend is a duplicate
             * @example panel-2027-000123
             */
            respondentKey: string;
            /**
             * @description inside the survey window
             * @example 2027-05-03T10:15:00+08:00
             */
            submittedAt: string;
        };
        TableColumnDto: {
            /** @example city */
            key: string;
            /**
             * @example {
             *       "en": "City",
             *       "zh": "城市"
             *     }
             */
            label: components["schemas"]["LocalizedTextDto"];
            /**
             * @description a row must fill this cell
             * @example true
             */
            required?: boolean;
            /**
             * @example text
             * @enum {string}
             */
            type: "text" | "number" | "date";
        };
        TransitionDto: {
            /**
             * @description the next state
             * @example registration
             * @enum {string}
             */
            to: "draft" | "registration" | "survey" | "judging" | "deciding" | "announced" | "archived";
        };
        TwoFactorChallengeResponseDto: {
            /**
             * @description send it to POST /auth/login/two-factor with a code within 5 minutes; it grants no access
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4iLCJ0diI6MH0.signature
             */
            challenge: string;
            /**
             * @example true
             * @enum {boolean}
             */
            twoFactorRequired: true;
        };
        TwoFactorCodeDto: {
            /**
             * @description the authenticator’s current code
             * @example 492039
             */
            code: string;
        };
        TwoFactorEnabledResponseDto: {
            /** @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.signature */
            accessToken: string;
            /**
             * @description seconds until the token expires
             * @example 3600
             */
            expiresIn: number;
            /**
             * @description shown this once; each works one time in place of a code
             * @example [
             *       "K7PQ2-XW9RT",
             *       "M3ZB8-HC4NV"
             *     ]
             */
            recoveryCodes: string[];
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["UserResponseDto"];
        };
        TwoFactorLoginDto: {
            /**
             * @description from the login answer
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4iLCJ0diI6MH0.signature
             */
            challenge: string;
            /**
             * @description the authenticator’s current code; or recoveryCode
             * @example 492039
             */
            code?: string;
            /**
             * @description one of the recovery codes, spent by this use (with code, code is the one checked)
             * @example K7PQ2-XW9RT
             */
            recoveryCode?: string;
        };
        TwoFactorProofDto: {
            /**
             * @description the authenticator’s current code; or password
             * @example 492039
             */
            code?: string;
            /** @example correct horse battery staple */
            password?: string;
        };
        TwoFactorSetupResponseDto: {
            /** @example otpauth://totp/Care%20Awards:judge%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Care%20Awards */
            otpauthUri: string;
            /**
             * @description the URI as a QR code, an SVG document
             * @example <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37">...</svg>
             */
            qrCodeSvg: string;
            /**
             * @description base32, for typing it in
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
        };
        TwoFactorStatusResponseDto: {
            /** @example true */
            enabled: boolean;
            /**
             * Format: date-time
             * @example 2027-02-01T09:00:00.000Z
             */
            enabledAt?: string | null;
            /**
             * @description set up and waiting for its first code
             * @example false
             */
            pending: boolean;
            /** @example 10 */
            recoveryCodesLeft: number;
            /**
             * @description the token of this request was issued after a second factor
             * @example true
             */
            thisSessionSecondFactor: boolean;
        };
        UpdateCampaignDto: {
            /**
             * @default
             * @example The yearly customer-care awards.
             */
            descriptionEn: string;
            /**
             * @default
             * @example 年度客户关怀奖项。
             */
            descriptionZh: string;
            /**
             * @example [
             *       "telecom",
             *       "finance"
             *     ]
             */
            industryCodes?: string[];
            /**
             * @description judges of this campaign must sign in with a second factor (TOTP) to see its assignments, score sheets and conflicts; otherwise 403 TWO_FACTOR_REQUIRED. Editable until the campaign is archived.
             * @default false
             * @example false
             */
            judgesRequireTwoFactor: boolean;
            /**
             * @description The language of its emails to people who have not chosen one
             * @default zh
             * @example zh
             * @enum {string}
             */
            language: "zh" | "en";
            /** @example Customer Care Awards 2027 */
            name?: string;
            /**
             * @description The name in Chinese, shown on the public site in Chinese; empty or null for none
             * @example 2027 客户关怀奖
             */
            nameZh?: string | null;
            rules?: components["schemas"]["RulesDto"];
            schedule?: components["schemas"]["ScheduleDto"];
            /**
             * @description lower-case letters, digits and dashes
             * @example care-benchmark-2027
             */
            slug?: string;
            /**
             * @description IANA time zone
             * @example Asia/Shanghai
             */
            timeZone?: string;
            /** @example 2027 */
            year?: number;
        };
        UpdateEnterpriseDto: {
            /**
             * @description annual revenue in yuan, as a decimal string (exact); weights industry aggregates
             * @example 1250000000.00
             */
            annualRevenue?: string | null;
            /**
             * @example [
             *       "customer-service",
             *       "technical-support"
             *     ]
             */
            businessTypes?: string[];
            /** @example zhang.min@example.cn */
            contactEmail?: string;
            /** @example Zhang Min */
            contactName?: string;
            /** @example +86 755 1234 5678 */
            contactPhone?: string | null;
            /**
             * @description unified social credit code (18 characters, checked)
             * @example 91440300708461136T
             */
            creditCode?: string;
            /**
             * @description an industry code from the reference data
             * @example telecom
             */
            industryCode?: string;
            /** @example Shenzhen Example Telecom Co., Ltd. */
            legalName?: string;
            /** @example 深圳示例电信有限公司 */
            legalNameZh?: string | null;
            /**
             * @example in-house
             * @enum {string}
             */
            organizationType?: "in-house" | "outsourced";
            /** @example Guangdong, Shenzhen */
            region?: string;
            /**
             * @description agent positions
             * @example 420
             */
            seats?: number;
        };
        UpdateMeDto: {
            /** @example 李伟 */
            displayName?: string;
            /**
             * @description the language mail is written in for you (and, later, the workspaces)
             * @example zh
             * @enum {string}
             */
            language?: "zh" | "en";
        };
        UpdateRoundDto: {
            advancementRule?: components["schemas"]["AdvancementRuleDto"] | null;
            /**
             * @description Default mean
             * @example z-score
             * @enum {string}
             */
            aggregationMethod?: "mean" | "trimmed-mean" | "median" | "z-score";
            /**
             * Format: date-time
             * @description Closes by itself then, if every sheet is in
             * @example 2027-05-21T18:00:00.000Z
             */
            closesAt?: string | null;
            /**
             * @description Spread between judges (points) above which an entrant is flagged; default 15
             * @example 15
             */
            disagreementThreshold?: number;
            /**
             * @description Judges per entrant (1 for a self-assessment round); default 3
             * @example 3
             */
            judgesPerEntrant?: number;
            /** @description What the judges see of each entry and what they attach to their sheets; each part named replaces the round’s (a draft round’s only), the others stay */
            materials?: components["schemas"]["RoundMaterialsDto"];
            /** @example Document review */
            name?: string;
            /**
             * @description First round: only candidates ranked in the survey
             * @example false
             */
            onlySurveyEligible?: boolean;
            /**
             * Format: date-time
             * @description Opens by itself then
             * @example 2027-05-01T09:00:00.000Z
             */
            opensAt?: string | null;
            /**
             * @description Judges with unfinished sheets are reminded this long before the close
             * @example 48
             */
            reminderHoursBeforeClose?: number;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            rubricId?: string;
            /** @example 1 */
            rubricVersion?: number;
            /**
             * @description Percent of the score taken from the entrant’s self-assessment; default 0 (shown, not mixed)
             * @example 10
             */
            selfAssessmentWeight?: number;
            /**
             * @description self-assessment, document-review, mystery-call, site-visit, final-panel, or custom:<name>
             * @example document-review
             */
            stageType?: string;
            /**
             * @description Applied in this order to equal scores (default: all three in this order)
             * @example [
             *       "heaviest-category",
             *       "lower-spread",
             *       "chair-decision"
             *     ]
             */
            tieBreak?: ("heaviest-category" | "lower-spread" | "chair-decision")[];
            visibility?: components["schemas"]["RoundVisibilityDto"];
        };
        UpdateUserRoleDto: {
            /**
             * @example organizer
             * @enum {string}
             */
            role: "organizer" | "judge";
        };
        UpdateUserStatusDto: {
            /**
             * @example disabled
             * @enum {string}
             */
            status: "active" | "disabled";
        };
        UserPageDto: {
            items: components["schemas"]["UserResponseDto"][];
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
            /**
             * @description items matching the filter, over all pages
             * @example 1
             */
            total: number;
        };
        UserResponseDto: {
            /**
             * Format: date-time
             * @example 2026-02-20T09:30:00.000Z
             */
            createdAt: string;
            /** @example Li Wei */
            displayName: string;
            /** @example li.wei@example.cn */
            email: string;
            /**
             * @description Whether the account proved its address. A self-registered enterprise user opens the emailed link (POST /auth/verify-email) before creating an enterprise; invited and organizer-created accounts are.
             * @example true
             */
            emailVerified: boolean;
            /**
             * Format: uuid
             * @example 0b6f1f0e-8c1a-4c39-9b5e-3d2f4a6b7c8d
             */
            id: string;
            /**
             * @description the language they read the platform and its mail in; null until they choose one
             * @example zh
             * @enum {string|null}
             */
            language: "zh" | "en" | null;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            lastLoginAt?: string | null;
            /**
             * @example enterprise
             * @enum {string}
             */
            role: "organizer" | "enterprise" | "judge";
            /**
             * @example active
             * @enum {string}
             */
            status: "active" | "disabled";
        };
        VerifyEmailDto: {
            /**
             * @description the `token` of the emailed link
             * @example q3Jx0b7m1Zr8c2VnT4yKpL9sWd6Ea5HfUo0iNgBtYcM
             */
            token: string;
        };
        WinnerGroupDto: {
            /**
             * @description The winners; empty for none
             * @example [
             *       "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
             *     ]
             */
            enterpriseIds: string[];
            /**
             * @description The industry; null for a category decided over all industries
             * @example telecom
             */
            industryCode: string | null;
        };
        WinnerSetMemberDto: {
            /** @example 7d2c5e1a-3b4f-4a6d-8e9f-0a1b2c3d4e5f */
            enterpriseId: string;
            /** @example Example Contact Center Co., Ltd. */
            legalName: string;
            /** @example 78.4 */
            publishedCsi: number | null;
        };
        WinnerSetMembershipDto: {
            /**
             * @description Holm-adjusted across the rivals
             * @example 0.42
             */
            adjustedP: number | null;
            /**
             * @description Welch-Satterthwaite df
             * @example 811.4
             */
            degreesOfFreedom: number | null;
            /** @example false */
            leader: boolean;
            /**
             * @description leader, or not significantly below it (co-winner)
             * @example true
             */
            member: boolean;
            /**
             * @description one-sided Welch p of leader > this
             * @example 0.21
             */
            p: number | null;
        };
        WorkerCheckResponseDto: {
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.012Z
             */
            processedAt: string;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            requestedAt: string;
            /**
             * @description milliseconds from enqueue to answer
             * @example 14
             */
            roundTripMs: number;
            /**
             * @description which worker process answered
             * @example worker-host:4711
             */
            worker: string;
        };
        WorkloadItemResponseDto: {
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            assignmentId: string;
            /**
             * @description The round’s campaign (its name and time zone: GET /campaigns/{id})
             * @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b
             */
            campaignId: string;
            /** @example 2027-05-21T18:00:00.000Z */
            closesAt: string | null;
            /**
             * @description The entrant’s enterprise, as a conflict declaration names it
             * @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b
             */
            enterpriseId: string;
            /** @example Shenzhen Example Contact Center Co., Ltd. */
            enterpriseName: string;
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            entrantId: string;
            /** @example telecom */
            industryCode: string;
            /** @example 6b0f6a2e-2c1d-4f5e-9a7b-3c2d1e0f9a8b */
            roundId: string;
            /** @example Site visit */
            roundName: string;
            /** @example open */
            roundState: string;
            /** @example draft */
            sheetState: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    PublicPageController_home: {
        parameters: {
            query?: {
                /** @description English (default) or Chinese */
                lang?: "en" | "zh";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    AccountPagesController_script: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A script */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
        };
    };
    AccountPagesController_enterpriseInvitation: {
        parameters: {
            query: {
                /** @description English or Chinese; without it, the browser’s Accept-Language decides (English by default) */
                lang?: "en" | "zh";
                /** @description the `token` of the emailed link */
                token: unknown;
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    AccountPagesController_invitation: {
        parameters: {
            query: {
                /** @description English or Chinese; without it, the browser’s Accept-Language decides (English by default) */
                lang?: "en" | "zh";
                /** @description the `token` of the emailed link */
                token: unknown;
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    AccountPagesController_resetPassword: {
        parameters: {
            query: {
                /** @description English or Chinese; without it, the browser’s Accept-Language decides (English by default) */
                lang?: "en" | "zh";
                /** @description the `token` of the emailed link */
                token: unknown;
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    AccountPagesController_verifyEmail: {
        parameters: {
            query: {
                /** @description English or Chinese; without it, the browser’s Accept-Language decides (English by default) */
                lang?: "en" | "zh";
                /** @description the `token` of the emailed link */
                token: unknown;
            };
            header: {
                "accept-language": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    AdminSessionController_open: {
        parameters: {
            query?: never;
            header: {
                authorization: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cookie is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdminSessionController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cookie is cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    WebAppController_page: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    WebAppController_fileOrPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the page or file under /app/ */
                "*": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application page, or a built file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                    "text/html": string;
                    "text/javascript": string;
                };
            };
        };
    };
    AuditLogController_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                entityId?: string;
                entityType?: string;
                /** @description inclusive */
                from?: string;
                page?: number;
                pageSize?: number;
                requestId?: string;
                /** @description exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AccountLinksController_previewInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the `token` of the emailed link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitationPreviewDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AccountLinksController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptStaffInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"];
                };
            };
            /** @description A field is missing or breaks the password policy (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The link is unknown, used, revoked or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An account with the address was created since the invitation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"] | components["schemas"]["TwoFactorChallengeResponseDto"];
                };
            };
            /** @description Wrong email or password, or a disabled account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_loginTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"];
                };
            };
            /** @description The code or recovery code is wrong, expired or used (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The challenge is invalid or expired; sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 5 second-factor attempts in 5 minutes for this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description language is not zh or en, or displayName is empty or too long (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"];
                };
            };
            /** @description The current password is wrong, or the new one breaks the policy (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PasswordResetController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestedResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than AUTH_RATE_LIMIT requests a minute from this client; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PasswordResetController_inspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PasswordResetController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPasswordResetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"] | components["schemas"]["TwoFactorChallengeResponseDto"];
                };
            };
            /** @description The new password breaks the policy (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The link is unknown, used or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"];
                };
            };
            /** @description A field is missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The email is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TwoFactorController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatusResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TwoFactorController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"];
                };
            };
            /** @description The code or password is wrong (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Two-factor sign-in is not enabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 5 second-factor attempts in 5 minutes for this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TwoFactorController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorEnabledResponseDto"];
                };
            };
            /** @description The code is wrong or already used (field code) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not set up, or already enabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 5 second-factor attempts in 5 minutes for this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TwoFactorController_regenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorProofDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesResponseDto"];
                };
            };
            /** @description The code or password is wrong (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Two-factor sign-in is not enabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 5 second-factor attempts in 5 minutes for this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TwoFactorController_setUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetupResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Two-factor sign-in is already enabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AccountLinksController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailVerifiedDto"];
                };
            };
            /** @description token is missing */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The link is unknown, used or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AccountLinksController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new `email-verification` mail is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Your address is verified already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                state?: "draft" | "registration" | "survey" | "judging" | "deciding" | "announced" | "archived";
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPageDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description e.g. schedule dates out of order, unknown industry */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The slug is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Redis is away: the schedule cannot be armed, nothing was saved */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_announce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_decisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideWinnersDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description A field is wrong, named in details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not deciding, or the evidence changed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_export: {
        parameters: {
            query?: {
                /** @description without it, an Accept header naming text/csv or XLSX gives that file; otherwise JSON */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwardsExportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example record,category,categoryZh,round,industryCode,rank,enterpriseId,enterpriseName,n,csi,csiLow,csiHigh,score,combined,band,winner,overridden,evidenceHash
                     *     winner,Customer Care Benchmark Enterprise,客户关怀标杆企业,,telecom,1,5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90,"Shenzhen Example Telecom Co., Ltd.",412,82.4,80.9,83.9,,,,true,false,9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                     */
                    "text/csv; charset=utf-8": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_proposals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryProposalDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CandidaciesController_list: {
        parameters: {
            query?: {
                categoryId?: string;
                industryCode?: string;
                page?: number;
                pageSize?: number;
                state?: "submitted" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidacyPageDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CandidaciesController_enter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnterCandidacyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidacyResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Registration closed, profile not verified, industry out of scope, or already entered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The category is not in this campaign */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CandidaciesController_export: {
        parameters: {
            query?: {
                categoryId?: string;
                /** @description the file format; without it, an Accept header naming XLSX gives XLSX, otherwise CSV */
                format?: "csv" | "xlsx";
                industryCode?: string;
                page?: number;
                pageSize?: number;
                state?: "submitted" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example id,category,categoryZh,categoryId,enterpriseId,enterpriseName,industryCode,state,decisionReason,decidedAt,createdAt
                     *     9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a,Customer Care Benchmark Enterprise,客户关怀标杆企业,7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d,5d2f8a8e-0c1b-4a9e-9f3c-2b7d1e4a6c90,"Shenzhen Example Telecom Co., Ltd.",telecom,approved,,2027-01-20T03:00:00.000Z,2027-01-15T03:00:00.000Z
                     */
                    "text/csv; charset=utf-8": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CategoryEntryFormController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormInForceResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such campaign or category, or the category asks for no form (NO_ENTRY_FORM) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CategoryEntryFormController_bind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BindEntryFormDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormInForceResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The campaign has left draft (ENTRY_FORM_BINDING_FROZEN) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such entry form (UNKNOWN_ENTRY_FORM) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CategoryEntryFormController_unbind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                categoryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The category asks for no form any more */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such campaign or category, or no form bound (NO_ENTRY_FORM) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The campaign has left draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignDashboardController_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDashboardDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_dataQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataQualityReportDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterpriseCertificatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                enterpriseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseCertificateDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntrantJudgingController_feedback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                enterpriseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntrantJudgingController_feedbackDocumentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                documentId: string;
                enterpriseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentLinkResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such feedback visible to you, or no such attachment in it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_standing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                enterpriseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseStandingDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryReportsController_completeness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryCompletenessDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryReportsController_export: {
        parameters: {
            query: {
                /** @description the category whose entries to export */
                categoryId: string;
                /** @description the file format; without it, an Accept header naming XLSX gives XLSX, otherwise CSV */
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    /**
                     * @example Candidacy,Enterprise,Industry,Candidacy state,Entry state,Submitted at,Centre name,Seats
                     *     9c8b7a6f-5e4d-4c3b-8a29-1f0e9d8c7b6a,"Shenzhen Example Telecom Co., Ltd.",Telecommunications,approved,submitted,2027-03-15T08:30:00.000Z,Shenzhen Customer Care Centre,320
                     */
                    "text/csv; charset=utf-8": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such campaign or category, or it asks for no form (NO_ENTRY_FORM) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv; charset=utf-8": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyResponsesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPageDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyResponsesController_stream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-ndjson": string;
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponseDto"];
                };
            };
            /** @description The header names an unknown column */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The campaign is not in survey */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than INGEST_RATE_LIMIT ingestion requests a minute from this client */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many imports waiting for their turn (IMPORTS_BUSY), or the import waited so long it was declared abandoned (IMPORT_ABANDONED): nothing stored; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyResponsesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyResponsesController_rejectionsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                importId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_instrument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_setInstrument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetInstrumentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The campaign is in survey or later */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_resetInstrument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The campaign is in survey or later */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerKeyResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_issueKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssuePartnerKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedPartnerKeyResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerKeyResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_snapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                snapshotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingSnapshotDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndustryOverviewDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_latest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                industryCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingSnapshotDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
                industryCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnapshotSummaryDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_recompute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecomputeAcceptedDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyResponsesController_batch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The body did not arrive within BATCH_BODY_TIMEOUT_MS of its admission */
            408: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The campaign is not in survey */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Larger than BATCH_BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than INGEST_RATE_LIMIT ingestion requests a minute from this client */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many large bodies waiting for admission, or imports for their turn (IMPORTS_BUSY), or the import waited so long it was declared abandoned (IMPORT_ABANDONED): nothing stored; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveyResponsesController_single: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The campaign is not in survey */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than INGEST_RATE_LIMIT ingestion requests a minute from this client */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Too many imports waiting for their turn (IMPORTS_BUSY), or the import waited so long it was declared abandoned (IMPORT_ABANDONED): nothing stored; see Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The section is frozen in this state, or the slug is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignsController_replaceCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCategoriesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Categories are frozen once registration opens */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignsController_clone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The slug is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CampaignsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CandidaciesController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideCandidacyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidacyResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not submitted, or its entry form not submitted (ENTRY_NOT_SUBMITTED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such candidacy visible to you, or its category asks for no form (NO_ENTRY_FORM) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntriesController_saveMany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Registration has closed, or the candidacy was withdrawn or rejected (ENTRY_LOCKED); or the entry is submitted and this would empty a required field */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntriesController_saveOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fieldKey: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryResponseDto"];
                };
            };
            /** @description A value its field does not take, or a file field (upload its files instead: ENTRY_FILE_FIELD) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such candidacy visible to you, or no such field (ENTRY_FIELD_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Registration has closed, or the candidacy was withdrawn or rejected (ENTRY_LOCKED); or the entry is submitted and this would empty a required field */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFilesController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryDocumentLinkDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such candidacy visible to you, or the document is not this entry’s */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFilesController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fieldKey: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @example (the file)
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryFileUploadedDto"];
                };
            };
            /** @description Not multipart, no part `file`, a second file, an empty file, a cut-off upload; or not a file field (ENTRY_NOT_A_FILE_FIELD) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such candidacy visible to you, or no such field (ENTRY_FIELD_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Registration has closed, or the candidacy was withdrawn or rejected (ENTRY_LOCKED); or the field holds its maxFiles already (DOCUMENT_LIMIT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Larger than the field’s maxBytes (DOCUMENT_TOO_LARGE, naming the limit) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The bytes are not a type the field accepts, whatever the name says (DOCUMENT_TYPE_REFUSED) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The virus scanner found something (DOCUMENT_INFECTED) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The virus scanner or the storage is not answering; nothing was stored */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFilesController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                fieldKey: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryFieldFilesDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such candidacy visible to you, no such field, or the field holds no such document */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Registration has closed, or the candidacy was withdrawn or rejected (ENTRY_LOCKED); or the entry is submitted and this is a required field’s last file */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntriesController_history: {
        parameters: {
            query?: {
                /** @description only this field’s changes */
                fieldKey?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryRevisionPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntriesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Required fields are empty (ENTRY_INCOMPLETE, each named in details); or Registration has closed, or the candidacy was withdrawn or rejected (ENTRY_LOCKED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CandidaciesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidacyResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Registration closed, or already withdrawn or rejected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicPageController_certificate: {
        parameters: {
            query?: {
                /** @description English (default) or Chinese */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The same "not found" page for an unknown address and one not announced yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    CertificateFilesController_badge: {
        parameters: {
            query?: {
                /** @description English or Chinese; both when left out */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                /** @description The certificate’s verification code (case and dashes do not matter) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The badge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example <svg xmlns="http://www.w3.org/2000/svg" width="240" height="96" …>…</svg> */
                    "image/svg+xml": string;
                };
            };
            /** @description `lang` is neither en nor zh */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not a code Care Awards issued, or not a code at all: the same answer for both, and for every code before its campaign’s announcement (no certificate exists until then). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "code": "CERTIFICATE_NOT_FOUND",
                     *       "message": "No certificate has this code: it was not issued by Care Awards",
                     *       "requestId": "0f8fad5b-d9cb-469f-a165-70867728950e"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    CertificateFilesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The certificate’s verification code (case and dashes do not matter) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF, shown inline (content-disposition names it care-awards-certificate-<code>.pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example %PDF-1.3 … */
                    "application/pdf": string;
                };
            };
            /** @description Not a code Care Awards issued, or not a code at all: the same answer for both, and for every code before its campaign’s announcement (no certificate exists until then). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "code": "CERTIFICATE_NOT_FOUND",
                     *       "message": "No certificate has this code: it was not issued by Care Awards",
                     *       "requestId": "0f8fad5b-d9cb-469f-a165-70867728950e"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DocumentContentController_content: {
        parameters: {
            query?: {
                /** @description When the link stops working, in Unix seconds */
                expires?: string;
                /** @description The user the link was signed for */
                reader?: string;
                /** @description HMAC-SHA256 of the document, the reader and the expiry, base64url */
                signature?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with the sniffed Content-Type and the uploaded file name */
            200: {
                headers: {
                    /** @description `inline` for PDF and raster images, else `attachment`; the name per RFC 6266 and 5987 */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /** @example %PDF-1.7 ... */
                    "application/pdf": string;
                };
            };
            /** @description A link we signed whose time has passed (DOCUMENT_LINK_EXPIRED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponseDto"];
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Any other link that does not open this document (DOCUMENT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ErrorResponseDto"];
                    "application/pdf": components["schemas"]["ErrorResponseDto"];
                    "image/jpeg": components["schemas"]["ErrorResponseDto"];
                    "image/png": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    InvitationLinksController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationLinkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponseDto"];
                };
            };
            /** @description A field is missing or malformed, e.g. displayName for a new account (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The address has an account and the password is not its password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The link is unknown, used, declined, revoked or expired */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Already a member, or the address is a judge’s or organizer’s */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    InvitationLinksController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the `token` of the emailed link */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationLinkPreviewDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_list: {
        parameters: {
            query?: {
                /** @description only enterprises with an identity change awaiting review */
                identityChange?: "pending";
                industryCode?: string;
                page?: number;
                pageSize?: number;
                /** @description Part of the legal name (English or Chinese) or of the credit code, any case */
                search?: string;
                /** @description A leading minus sorts in descending order */
                sort?: "createdAt" | "-createdAt" | "legalName" | "-legalName" | "creditCode" | "-creditCode";
                status?: "pending" | "verified" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterprisePageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnterpriseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseResponseDto"];
                };
            };
            /** @description A field is invalid, e.g. the credit code check */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description Your email address is not verified yet (`EMAIL_NOT_VERIFIED`)
             *
             *     Only for: enterprise
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The credit code is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntrantJudgingController_selfAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                enterpriseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnterpriseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description A member who is not an admin of the enterprise
             *
             *     Only for: enterprise
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    InvitationLinksController_inviteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteContactDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"];
                };
            };
            /** @description email or language is malformed (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 20 invitations in an hour from this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_identity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityHistoryDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_reviewIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewIdentityChangeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityChangeDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No change awaits review (`NO_PENDING_IDENTITY_CHANGE`), the change read was amended or closed since (`IDENTITY_CHANGE_MOVED`), or the credit code asked for is registered to another enterprise (`CREDIT_CODE_TAKEN`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterpriseInvitationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description You are a member but not an admin
             *
             *     Only for: enterprise
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not your enterprise, or no such invitation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterpriseInvitationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"];
                };
            };
            /** @description email is not an email address */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description You are a member but not an admin
             *
             *     Only for: enterprise
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not your enterprise, or no such invitation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The address is already a member’s */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 20 invitations in an hour from this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterpriseInvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /**
             * @description You are a member but not an admin
             *
             *     Only for: enterprise
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not your enterprise, or no such invitation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Already accepted, declined or revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_members: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseMemberResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterprisesController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewEnterpriseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The enterprise is not pending (`NOT_PENDING_REVIEW`), or it was edited since the revision named (`PROFILE_CHANGED_SINCE_READ`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterpriseImportController_export: {
        parameters: {
            query?: {
                /** @description only this campaign’s candidates, with the categories they entered */
                campaignId?: string;
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterpriseImportController_import: {
        parameters: {
            query?: {
                /** @description enter the enterprises in this campaign’s categories (the `categories` column); it must be in registration */
                campaignId?: string;
                /** @description check every row and answer as the import would, writing nothing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Imported (200 on a dry run) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnterpriseImportResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A credit code was registered by someone else while the file was imported */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Problems in the file, each by line and field (`details`); nothing was imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EnterpriseImportController_template: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFormsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryFormResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFormsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntryFormDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryFormResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The key is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFormsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryFormWithVersionsResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFormsController_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryFormVersionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryFormVersionResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntryFormsController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                formId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryFormVersionResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveResponseDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyResponseDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                judgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgesController_conflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                judgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgesController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                judgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedConflictResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgesController_saveProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                judgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JudgeProfileDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeImportController_import: {
        parameters: {
            query?: {
                /** @description check every row and answer as the import would, writing nothing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Imported (200 on a dry run) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeImportResultDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Problems in the file, each by line and field (`details`); nothing applied */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeImportController_template: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ErrorResponseDto"];
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeWorkspaceController_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkloadItemResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeWorkspaceController_assignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDossierResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeMaterialsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not my active assignment, its entrant is one I am conflicted with, or no such document I may open (the same answer whether it exists or not) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The round is not open, or my sheet is submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeMaterialsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                slot: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @example (the file)
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetAttachmentResponseDto"];
                };
            };
            /** @description No file, or a malformed upload */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not my active assignment, its entrant is one I am conflicted with, or no such document I may open (the same answer whether it exists or not); or no such slot in this round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The round is not open, my sheet is submitted, or the slot is full (DOCUMENT_LIMIT) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Larger than the slot allows */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not a type the slot accepts */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description A virus was found */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The virus scanner or the storage is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeMaterialsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentLinkResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Not my active assignment, its entrant is one I am conflicted with, or no such document I may open (the same answer whether it exists or not) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeWorkspaceController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetViewResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Submitted (locked), or the round is not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeWorkspaceController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetViewResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Submitted already, or the round is not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeWorkspaceController_conflicts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeWorkspaceController_declare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConflictDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedConflictResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    JudgeWorkspaceController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MyInvitationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivedInvitationResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Your address is not verified yet (EMAIL_NOT_VERIFIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MyInvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Your address is not verified yet (EMAIL_NOT_VERIFIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such invitation to your address */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Expired, revoked or already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MyInvitationsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Your address is not verified yet (EMAIL_NOT_VERIFIED) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such invitation to your address */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Expired, revoked or already answered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_listVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MethodologyVersionResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_createVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMethodologyVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MethodologyVersionResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The version exists already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SurveySetupController_getVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MethodologyVersionResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntrantJudgingController_notifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, enterprise, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicResultsController_campaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    PublicResultsController_campaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicResultsController_certificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Not a code Care Awards issued */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReferenceDataController_all: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferenceDataDto"];
                };
            };
        };
    };
    PublicPageController_campaign: {
        parameters: {
            query?: {
                /** @description English (default) or Chinese */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The same "not found" page for an unknown address and one not announced yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    PublicPageController_enterprise: {
        parameters: {
            query?: {
                /** @description English (default) or Chinese */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                ref: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The same "not found" page for an unknown address and one not announced yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    OpenDataController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    OpenDataController_json: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicPageController_industry: {
        parameters: {
            query?: {
                /** @description English (default) or Chinese */
                lang?: "en" | "zh";
                /** @description The figure charted (CSI by default) */
                metric?: "csi" | "cli" | "nps";
            };
            header?: never;
            path: {
                code: string;
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The same "not found" page for an unknown address and one not announced yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    PublicPageController_methodology: {
        parameters: {
            query?: {
                /** @description English (default) or Chinese */
                lang?: "en" | "zh";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The same "not found" page for an unknown address and one not announced yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    PublicPageController_search: {
        parameters: {
            query?: {
                /** @description An industry code of the campaign */
                industry?: unknown;
                /** @description English (default) or Chinese */
                lang?: "en" | "zh";
                /** @description Part of the name; case, width and spaces do not matter */
                q?: unknown;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The same "not found" page for an unknown address and one not announced yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    SiteIndexController_robotsTxt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules, and where the sitemap is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    RoundsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoundDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_listAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignJudgeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_decideConflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConflictDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_reassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                assignmentId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_automatic: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AutomaticAssignmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomaticAssignmentResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundMaterialsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundAttachmentResponseDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_chair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChairDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_conflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelConflictResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundMaterialsController_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentLinkResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No such round, or no document of it that the round shows (DOCUMENT_NOT_FOUND) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_entrants: {
        parameters: {
            query?: {
                includeRemoved?: string;
            };
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrantResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_addEntrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEntrantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrantResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_removeEntrant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entrantId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntrantResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntrantJudgingController_saveSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entrantId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SheetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetViewResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Submitted (locked), or the round is not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EntrantJudgingController_submitSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entrantId: string;
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetViewResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: enterprise */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Submitted already, or the round is not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `added`: how many entrants were added */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindersResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundMaterialsController_zip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archive, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example PK… */
                    "application/zip": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_panel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMemberResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_setPanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPanelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMemberResponseDto"][];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_remind: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemindersResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResultsResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer, judge */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_sheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                sheetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SheetHistoryResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                sheetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RoundsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Refused in the round’s state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RubricsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResponseDto"][];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RubricsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRubricDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The key is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RubricsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rubricId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricWithVersionsResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RubricsController_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rubricId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RubricVersionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricVersionResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RubricsController_version: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rubricId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricVersionResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RubricsController_evaluate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rubricId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateSheetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RubricResultResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SiteIndexController_sitemapXml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sitemap */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffInvitationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                state?: "pending" | "accepted" | "revoked" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitationPageDto"];
                };
            };
            /** @description state is not one of pending, accepted, revoked, expired */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffInvitationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitationResponseDto"];
                };
            };
            /** @description A field is missing or malformed (the field is named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The address has an account (`INVITEE_HAS_ACCOUNT`) or an open invitation (`INVITATION_PENDING`) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description More than 20 invitations in an hour from this account; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffInvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffInvitationResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Already accepted or revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    SystemController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerCheckResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                role?: "organizer" | "enterprise" | "judge";
                /** @description Part of the name or the email address, any case */
                search?: string;
                /** @description A leading minus sorts in descending order */
                sort?: "createdAt" | "-createdAt" | "displayName" | "-displayName" | "email" | "-email";
                status?: "active" | "disabled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description The email is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_setRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description role is not organizer or judge */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An enterprise account, or the caller’s own account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
            /** @description No token, or an invalid or expired one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description Only for: organizer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description An organizer cannot disable themselves */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
