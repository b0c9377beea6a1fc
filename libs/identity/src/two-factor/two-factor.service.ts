import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { toString as qrCode } from 'qrcode';
import { Actor } from '@app/common';
import { authConfig } from '@app/config';
import { Transactions } from '@app/database';
import { AuditLogRepository } from '../audit-log.repository';
import { CredentialErrors } from '../credential.errors';
import { IdentityErrors } from '../identity.errors';
import { verifyPassword } from '../password-hash';
import { User } from '../user.entity';
import { UsersRepository } from '../users.repository';
import { deriveKey } from './credential-keys';
import { newRecoveryCodes, recoveryCodeHash } from './recovery-codes';
import { open, seal } from './secret-box';
import { checkTotp, newTotpSecret, totpUri } from './totp';
import { TwoFactorRepository } from './two-factor.repository';

export interface TwoFactorStatus {
  enabled: boolean;
  /** Set up and waiting for its first code. */
  pending: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export interface TwoFactorEnrolment {
  secret: string;
  otpauthUri: string;
  /** The URI as a QR code, an SVG document. */
  qrCodeSvg: string;
}

/** What proves the user is at the keyboard: a current code, or (to disable or regenerate) the password. */
export interface TwoFactorProof {
  code?: string;
  password?: string;
}

/** A second factor at sign-in: a code from the authenticator, or one of the recovery codes. */
export interface SecondFactor {
  code?: string;
  recoveryCode?: string;
}

/**
 * TOTP two-factor sign-in: enrolment (a secret, confirmed by a first code), recovery codes, and checking a
 * second factor. Secrets are stored sealed; codes are accepted once each (the time step of the last accepted
 * code is kept) and recovery codes are spent by deleting them.
 */
@Injectable()
export class TwoFactorService {
  private readonly secretKey: Buffer;
  private readonly recoveryKey: Buffer;

  constructor(
    private readonly transactions: Transactions,
    private readonly twoFactor: TwoFactorRepository,
    private readonly users: UsersRepository,
    private readonly auditLog: AuditLogRepository,
    @Inject(authConfig.KEY) auth: ConfigType<typeof authConfig>,
  ) {
    this.secretKey = deriveKey(auth.twoFactorKey, 'two-factor-secret');
    this.recoveryKey = deriveKey(auth.twoFactorKey, 'recovery-code');
  }

  async isEnabled(userId: string): Promise<boolean> {
    return (await this.twoFactor.find(userId))?.enabledAt != null;
  }

  async status(userId: string): Promise<TwoFactorStatus> {
    const stored = await this.twoFactor.find(userId);
    const enabled = stored?.enabledAt != null;
    return {
      enabled,
      pending: stored !== null && !enabled,
      enabledAt: stored?.enabledAt ?? null,
      recoveryCodesLeft: enabled ? await this.twoFactor.countRecoveryCodes(userId) : 0,
    };
  }

  /** A new secret waiting for its first code; setting up again before that replaces it. */
  async setUp(user: User, actor: Actor): Promise<TwoFactorEnrolment> {
    const secret = newTotpSecret();
    await this.transactions.run(async () => {
      if (!(await this.twoFactor.savePending(user.id, seal(this.secretKey, secret, user.id)))) {
        throw CredentialErrors.twoFactorAlreadyEnabled();
      }
      await this.auditLog.append(actor, {
        action: 'user.two-factor-setup-started',
        entityType: 'user',
        entityId: user.id,
      });
    });
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCodeSvg: await qrCode(otpauthUri, { type: 'svg', margin: 1 }) };
  }

  /**
   * Confirms the enrolment with a first code and gives the recovery codes, the only time they are shown.
   * Ends the account's other sessions: they were opened without the second factor now required.
   */
  async enable(userId: string, code: string, actor: Actor): Promise<{ recoveryCodes: string[]; user: User }> {
    const stored = await this.twoFactor.find(userId);
    if (!stored) throw CredentialErrors.twoFactorNotSetUp();
    if (stored.enabledAt) throw CredentialErrors.twoFactorAlreadyEnabled();
    const step = await checkTotp(this.secretOf(stored), code, stored.lastTimeStep);
    const recoveryCodes = newRecoveryCodes();
    const user = await this.transactions.run(async () => {
      if (step === null || !(await this.twoFactor.acceptTimeStep(userId, step, true))) {
        throw CredentialErrors.invalidCode();
      }
      await this.storeRecoveryCodes(userId, recoveryCodes);
      await this.users.bumpTokenVersion(userId);
      await this.auditLog.append(actor, {
        action: 'user.two-factor-enabled',
        entityType: 'user',
        entityId: userId,
      });
      return this.existingUser(userId);
    });
    return { recoveryCodes, user };
  }

  /** Turns two-factor sign-in off, on a current code or the password; ends the account's other sessions. */
  async disable(userId: string, proof: TwoFactorProof, actor: Actor): Promise<User> {
    await this.checkProof(userId, proof, actor);
    return this.transactions.run(async () => {
      await this.twoFactor.remove(userId);
      await this.users.bumpTokenVersion(userId);
      await this.auditLog.append(actor, {
        action: 'user.two-factor-disabled',
        entityType: 'user',
        entityId: userId,
        after: { provedWith: proof.code !== undefined ? 'code' : 'password' },
      });
      return this.existingUser(userId);
    });
  }

  /** A new set of recovery codes, on a current code or the password; the old ones stop working. */
  async regenerateRecoveryCodes(userId: string, proof: TwoFactorProof, actor: Actor): Promise<string[]> {
    const recoveryCodes = newRecoveryCodes();
    await this.checkProof(userId, proof, actor);
    await this.transactions.run(async () => {
      await this.storeRecoveryCodes(userId, recoveryCodes);
      await this.auditLog.append(actor, {
        action: 'user.recovery-codes-regenerated',
        entityType: 'user',
        entityId: userId,
      });
    });
    return recoveryCodes;
  }

  /**
   * Checks the second factor of a sign-in and spends it: the code's time step is recorded (no code twice),
   * a recovery code is deleted. Failures are audited and refused naming the field.
   */
  async verifySecondFactor(
    userId: string,
    factor: SecondFactor,
    actor: Actor,
  ): Promise<'totp' | 'recovery-code'> {
    const stored = await this.twoFactor.find(userId);
    if (!stored?.enabledAt) throw CredentialErrors.twoFactorNotEnabled();
    let accepted = false;
    if (factor.code !== undefined) {
      const step = await checkTotp(this.secretOf(stored), factor.code, stored.lastTimeStep);
      accepted = step !== null && (await this.twoFactor.acceptTimeStep(userId, step, false));
    } else if (factor.recoveryCode !== undefined) {
      const hash = recoveryCodeHash(this.recoveryKey, userId, factor.recoveryCode);
      accepted = hash !== null && (await this.twoFactor.spendRecoveryCode(userId, hash));
    }
    const method = factor.code !== undefined ? 'totp' : 'recovery-code';
    if (!accepted) {
      await this.auditLog.append(actor, {
        action: 'auth.two-factor-failed',
        entityType: 'user',
        entityId: userId,
        after: { method },
      });
      throw CredentialErrors.invalidCode(method === 'totp' ? 'code' : 'recoveryCode');
    }
    if (method === 'recovery-code') {
      await this.auditLog.append(actor, {
        action: 'auth.recovery-code-used',
        entityType: 'user',
        entityId: userId,
        after: { recoveryCodesLeft: await this.twoFactor.countRecoveryCodes(userId) },
      });
    }
    return method;
  }

  /** Before the change it allows, outside its transaction: a refusal is audited and a code stays spent. */
  private async checkProof(userId: string, proof: TwoFactorProof, actor: Actor): Promise<void> {
    const stored = await this.twoFactor.find(userId);
    if (!stored?.enabledAt) throw CredentialErrors.twoFactorNotEnabled();
    let accepted: boolean;
    if (proof.code !== undefined) {
      const step = await checkTotp(this.secretOf(stored), proof.code, stored.lastTimeStep);
      accepted = step !== null && (await this.twoFactor.acceptTimeStep(userId, step, false));
    } else {
      const user = await this.users.findWithPasswordById(userId);
      accepted = !!user && (await verifyPassword(proof.password ?? '', user.passwordHash));
    }
    if (accepted) return;
    await this.auditLog.append(actor, {
      action: 'auth.two-factor-failed',
      entityType: 'user',
      entityId: userId,
      after: { method: proof.code !== undefined ? 'code' : 'password' },
    });
    throw proof.code !== undefined ? CredentialErrors.invalidCode() : CredentialErrors.wrongPassword();
  }

  private async storeRecoveryCodes(userId: string, codes: string[]): Promise<void> {
    await this.twoFactor.replaceRecoveryCodes(
      userId,
      codes.map((c) => recoveryCodeHash(this.recoveryKey, userId, c) as string),
    );
  }

  private secretOf(stored: { userId: string; secretSealed: string }): string {
    return open(this.secretKey, stored.secretSealed, stored.userId);
  }

  private async existingUser(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (!user) throw IdentityErrors.userNotFound(userId);
    return user;
  }
}
