import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Transactions } from '@app/database';
import { containsPattern, Language, Page, PageRequest, pageOffset, Role } from '@app/common';
import { User, UserStatus } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  createdBy: string | null;
  language?: Language | null;
  /** Set when the address was proved at creation (an invitation's link). */
  emailVerifiedAt?: Date | null;
}

/** An account's role, status and token version: what a request's bearer token is checked against. */
export type AccountAccess = Pick<User, 'id' | 'role' | 'status' | 'tokenVersion'>;

/** A judge's account as the judging workspace shows it. */
export interface JudgeAccount {
  id: string;
  displayName: string;
  email: string;
  status: UserStatus;
}

export interface UserName {
  id: string;
  displayName: string;
}

/** What a person changes about themselves; an absent field stays as it is. */
export interface ProfileChanges {
  displayName?: string;
  language?: Language;
}

export interface UserListFilter {
  role?: Role;
  status?: UserStatus;
  /** Part of the name or the address, any case. */
  search?: string;
}

/** The orders a list of users comes in; each ends on the id so pages never overlap. */
export type UserListSort = 'createdAt' | '-createdAt' | 'displayName' | '-displayName' | 'email' | '-email';

const USER_SORT_COLUMNS = {
  createdAt: 'u.createdAt',
  displayName: 'u.displayName',
  email: 'u.email',
} as const;

@Injectable()
export class UsersRepository {
  constructor(private readonly transactions: Transactions) {}

  private repo() {
    return this.transactions.manager.getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repo().findOneBy({ id });
  }

  /**
   * What authenticating a request reads of an account, by primary key in plain SQL: every authenticated request
   * makes this read, and building the entity through the query builder cost more than the query itself.
   */
  async accessOf(id: string): Promise<AccountAccess | null> {
    const rows: { id: string; role: Role; status: UserStatus; token_version: number }[] =
      await this.transactions.manager.query(
        `SELECT id, role, status, token_version FROM users WHERE id = $1`,
        [id],
      );
    const r = rows[0];
    return r ? { id: r.id, role: r.role, status: r.status, tokenVersion: r.token_version } : null;
  }

  findByIds(ids: string[]): Promise<User[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.repo().findBy({ id: In(ids) });
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo().findOneBy({ email: email.trim().toLowerCase() });
  }

  /** The only read that loads the password hash. */
  findWithPasswordByEmail(email: string): Promise<User | null> {
    return this.repo()
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  /** The password hash of one account, for a password change. */
  findWithPasswordById(id: string): Promise<User | null> {
    return this.repo()
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
  }

  async judgeAccounts(ids?: string[]): Promise<JudgeAccount[]> {
    if (ids?.length === 0) return [];
    const users = await this.repo().find({
      select: { id: true, displayName: true, email: true, status: true },
      where: { role: 'judge', ...(ids && { id: In(ids) }) },
      order: { displayName: 'ASC', id: 'ASC' },
    });
    return users.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, status: u.status }));
  }

  async namesOf(ids: string[]): Promise<UserName[]> {
    if (ids.length === 0) return [];
    const users = await this.repo().find({
      select: { id: true, displayName: true },
      where: { id: In(ids) },
      order: { displayName: 'ASC', id: 'ASC' },
    });
    return users.map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  /** Inserts unless the email is taken; returns null when it is (the unique key decides, not a prior read). */
  async insertIfEmailFree(user: NewUser): Promise<User | null> {
    const result = await this.repo()
      .createQueryBuilder()
      .insert()
      .values(user)
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    return id ? this.findById(id) : null;
  }

  async countByRole(role: Role): Promise<number> {
    return this.repo().countBy({ role });
  }

  // Each change below ends the account's sessions: it bumps the token version in the same statement.

  async setStatus(id: string, status: UserStatus): Promise<void> {
    await this.repo().update({ id }, { status, tokenVersion: () => 'token_version + 1' });
  }

  async setRole(id: string, role: Role): Promise<void> {
    await this.repo().update({ id }, { role, tokenVersion: () => 'token_version + 1' });
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.repo().update({ id }, { passwordHash, tokenVersion: () => 'token_version + 1' });
  }

  /** Ends the account's sessions without another change (two-factor sign-in enabled or disabled). */
  async bumpTokenVersion(id: string): Promise<void> {
    await this.repo().update({ id }, { tokenVersion: () => 'token_version + 1' });
  }

  async updateProfile(id: string, changes: ProfileChanges): Promise<void> {
    await this.repo().update({ id }, changes);
  }

  /** Marks the address proved, once: the first proof's time is kept. */
  async markEmailVerified(id: string): Promise<void> {
    await this.repo()
      .createQueryBuilder()
      .update()
      .set({ emailVerifiedAt: () => 'now()' })
      .where('id = :id AND email_verified_at IS NULL', { id })
      .execute();
  }

  async touchLastLogin(id: string): Promise<void> {
    await this.repo().update({ id }, { lastLoginAt: () => 'now()' });
  }

  async list(
    filter: UserListFilter,
    page: PageRequest,
    sort: UserListSort = 'createdAt',
  ): Promise<Page<User>> {
    const qb = this.repo().createQueryBuilder('u');
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
    if (filter.search) {
      qb.andWhere('(u.displayName ILIKE :search OR u.email ILIKE :search)', {
        search: containsPattern(filter.search),
      });
    }
    const descending = sort.startsWith('-');
    const column = USER_SORT_COLUMNS[sort.replace('-', '') as keyof typeof USER_SORT_COLUMNS];
    const [items, total] = await qb
      .orderBy(column, descending ? 'DESC' : 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip(pageOffset(page))
      .take(page.pageSize)
      .getManyAndCount();
    return { items, total, ...page };
  }
}
