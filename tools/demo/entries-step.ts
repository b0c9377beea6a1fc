import { availableParallelism } from 'node:os';
import { Client, inParallel } from '../http-client';
import { atMost } from './at-most';
import type { DemoEnterprise } from './demo-data';
import {
  auditReport,
  caseSummaryOf,
  customerListDeclaration,
  DemoDocument,
  keyResultsOf,
  sitePack,
  writtenCase,
} from './entry-documents';
import { BENCHMARK_FORM, PANEL_FORM } from './entry-forms';

/**
 * The entrants' side of registration: each imported contact accepts the emailed invitation, and fills and
 * submits its enterprise's entries (answers and PDFs) through the same routes an entrant's browser would use.
 */

export interface DemoCategories {
  survey: string;
  panel: string;
}

/** Organizers write the two forms and bind them while the campaign is a draft: they freeze when registration opens. */
export async function bindEntryForms(client: Client, campaignId: string, slug: string, c: DemoCategories) {
  const suffix = slug.replace(/^care-awards-demo-/, '');
  const forms = [
    {
      categoryId: c.survey,
      key: `benchmark-entry-${suffix}`,
      name: 'Benchmark entry',
      nameZh: '标杆企业申报表',
      definition: BENCHMARK_FORM,
    },
    {
      categoryId: c.panel,
      key: `call-center-entry-${suffix}`,
      name: 'Best Call Center entry',
      nameZh: '最佳呼叫中心申报表',
      definition: PANEL_FORM,
    },
  ];
  for (const f of forms) {
    const form = await client.call<{ id: string }>('POST', '/entry-forms', {
      key: f.key,
      name: f.name,
      nameZh: f.nameZh,
      definition: f.definition,
      note: 'Demo form',
    });
    await client.call('PUT', `/campaigns/${campaignId}/categories/${f.categoryId}/entry-form`, {
      formId: form.id,
    });
  }
}

/** The password each demo contact chooses when it accepts its invitation (printed for one of them). */
export const entrantPassword = (e: DemoEnterprise) => `demo-entrant-password-${e.index}`;

export interface EntrantWork {
  enterprise: DemoEnterprise;
  contactEmail: string;
  /** The enterprise's candidacy per category id. */
  candidacies: { categoryId: string; candidacyId: string }[];
}

/**
 * Password hashes the API computes at once while contacts join. Each scrypt hash holds one of the API's four
 * libuv threads for 60-100 ms (32 MiB); with all four hashing, the entries' file writes, which need the same
 * threads, wait behind them. Two at a time keeps both cores hashing and leaves threads for the uploads.
 */
const JOINING_AT_ONCE = Math.min(2, availableParallelism());

export async function fillEntries(
  client: Client,
  c: DemoCategories,
  work: EntrantWork[],
  concurrency: number,
  mailedToken: (template: string, to: string) => Promise<string>,
  advance: (n: number) => void,
): Promise<{ entries: number; documents: number }> {
  const joining = atMost(JOINING_AT_ONCE);
  let entries = 0;
  let documents = 0;
  await inParallel(work, concurrency, async (w) => {
    const token = await mailedToken('member-invitation', w.contactEmail);
    const joined = await joining(() =>
      client.call<{ accessToken: string }>(
        'POST',
        '/enterprise-invitations/accept-by-token',
        {
          token,
          displayName: `Contact ${w.enterprise.index + 1}`,
          password: entrantPassword(w.enterprise),
        },
        '',
      ),
    );
    for (const { categoryId, candidacyId } of w.candidacies) {
      const plan = categoryId === c.panel ? panelEntry(w) : benchmarkEntry(w);
      const path = `/candidacies/${candidacyId}/entry`;
      await client.call('PATCH', `${path}/answers`, { answers: plan.answers }, joined.accessToken);
      for (const [fieldKey, make] of plan.files) {
        const doc = await make(w.enterprise);
        await upload(client, `${path}/files/${fieldKey}`, doc, joined.accessToken);
        documents++;
      }
      await client.call('POST', `${path}/submit`, {}, joined.accessToken);
      entries++;
    }
    advance(1);
  });
  return { entries, documents };
}

type EntryPlan = {
  answers: Record<string, unknown>;
  files: [string, (e: DemoEnterprise) => Promise<DemoDocument>][];
};

function benchmarkEntry(w: EntrantWork): EntryPlan {
  const e = w.enterprise;
  const channels = ['phone', 'online_chat', 'email', 'social', 'app'].filter(
    (_, i) => i === 0 || (e.index + i) % 3 !== 0,
  );
  return {
    answers: {
      service_channels: channels,
      annual_contacts: e.seats * 2_400,
      survey_contact: w.contactEmail,
    },
    files: [['customer_list_declaration', customerListDeclaration]],
  };
}

function panelEntry(w: EntrantWork): EntryPlan {
  const e = w.enterprise;
  const outsourced = e.organizationType === 'outsourced';
  return {
    answers: {
      case_summary: caseSummaryOf(e),
      key_results: keyResultsOf(e),
      site_address: `${e.region}, service center building ${(e.index % 9) + 1}`,
      visit_contact: w.contactEmail,
      outsourced_sites: outsourced ? 'yes' : 'no',
      ...(outsourced && {
        outsourcing_partner: `${e.region.split(', ')[1] ?? e.region} Contact Services Ltd.`,
      }),
    },
    files: [
      ['written_case', writtenCase],
      ['evidence', auditReport],
      ['site_pack', sitePack],
    ],
  };
}

async function upload(client: Client, path: string, doc: DemoDocument, token: string) {
  const form = new FormData();
  form.append('file', new Blob([doc.bytes], { type: 'application/pdf' }), doc.fileName);
  const res = await fetch(`${client.base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${(await res.text()).slice(0, 500)}`);
}

/** Every candidacy of the campaign, page by page, as organizers list them. */
export async function allCandidacies(client: Client, campaignId: string) {
  const all: { id: string; enterpriseId: string; categoryId: string }[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await client.call<{ items: typeof all; total: number }>(
      'GET',
      `/campaigns/${campaignId}/candidacies?page=${page}&pageSize=200`,
    );
    all.push(...items);
    if (all.length >= total || items.length === 0) return all;
  }
}
