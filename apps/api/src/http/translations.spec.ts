import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { CampaignErrors } from '@app/campaigns';
import { DomainError, Localized, LocalizedFieldProblem } from '@app/common';
import { CREDIT_CODE_MESSAGES, CREDIT_CODE_MESSAGES_ZH, EnterpriseErrors } from '@app/enterprises';
import { EntryErrors } from '@app/entries';
import { IdentityErrors } from '@app/identity';
import { JudgingErrors } from '@app/judging';
import { RankingErrors } from '@app/rankings';
import { SurveyErrors } from '@app/surveys';
import { HttpMessages } from './http-messages';
import { CONSTRAINT_MESSAGES_ZH, CUSTOM_MESSAGES_ZH } from './validation-messages';

/**
 * Proves no message the platform writes itself is left untranslated: class-validator's constraints and the
 * DTOs' own messages, the HTTP layer's fixed messages, the domain errors, and every Chinese text in the code.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');
/** Chinese characters and Chinese punctuation. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function expectTranslated(text: Localized, where: string) {
  expect({ where, en: text.en.trim().length > 0 }).toEqual({ where, en: true });
  expect({ where, zh: CJK.test(text.zh) }).toEqual({ where, zh: true });
}

describe('translations', () => {
  describe('class-validator', () => {
    // Every DTO lives in a file that imports class-validator; loading them fills its metadata storage.
    const dtoFiles = sourceFiles(join(ROOT, 'apps', 'api', 'src')).filter((f) =>
      readFileSync(f, 'utf8').includes("from 'class-validator'"),
    );
    const classes = dtoFiles.flatMap((f) =>
      // Synchronously, at collection time: the files are found by reading the tree, not named in imports.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Object.values(require(f) as Record<string, unknown>).filter(
        (v): v is new () => object => typeof v === 'function' && /^class\b/.test(String(v)),
      ),
    );
    const metadatas: (ValidationMetadata & { owner: string })[] = classes.flatMap((c) =>
      getMetadataStorage()
        .getTargetValidationMetadatas(c, '', true, false)
        .map((m) => Object.assign(m, { owner: c.name })),
    );
    // Rules that never fail on their own: optional fields, conditions, and @Allow.
    const SILENT = new Set(['conditionalValidation', 'whitelistValidation']);
    // Rules whose message class-validator writes itself, translated by the constraint catalog.
    const BUILT_IN_MESSAGE = new Set(['nestedValidation']);

    it('finds the DTOs', () => {
      expect(dtoFiles.length).toBeGreaterThan(10);
      expect(metadatas.length).toBeGreaterThan(200);
    });

    it('has a Chinese message for every constraint a DTO uses', () => {
      const missing = metadatas
        .filter((m) => !SILENT.has(m.type) && (typeof m.message !== 'string' || BUILT_IN_MESSAGE.has(m.type)))
        .map((m) => m.name ?? m.type)
        .filter((name) => !CONSTRAINT_MESSAGES_ZH[name]);
      expect([...new Set(missing)]).toEqual([]);
    });

    it('has a Chinese message for every DTO’s own message', () => {
      const custom = metadatas.filter(
        (m) => m.message !== undefined && !SILENT.has(m.type) && !BUILT_IN_MESSAGE.has(m.type),
      );
      expect(custom.filter((m) => typeof m.message !== 'string').map((m) => m.owner)).toEqual([]);
      const missing = custom
        .map((m) => m.message as string)
        .filter((message) => !CJK.test(CUSTOM_MESSAGES_ZH[message] ?? ''));
      expect([...new Set(missing)]).toEqual([]);
    });

    it('writes each catalog entry in Chinese from its arguments', () => {
      for (const [name, zh] of Object.entries(CONSTRAINT_MESSAGES_ZH)) {
        const text = zh({ subject: 'field', constraints: [5, 'x'], value: 'value' });
        expect({ name, ok: CJK.test(text) }).toEqual({ name, ok: true });
      }
    });

    it('says every credit-code problem in Chinese', () => {
      expect(Object.keys(CREDIT_CODE_MESSAGES_ZH).sort()).toEqual(Object.keys(CREDIT_CODE_MESSAGES).sort());
      for (const text of Object.values(CREDIT_CODE_MESSAGES_ZH)) expect(text).toMatch(CJK);
    });
  });

  it('has every fixed message of the HTTP layer in both languages', () => {
    for (const [name, entry] of Object.entries(HttpMessages)) {
      // An array reads as a list where one is expected and as text elsewhere.
      const text: Localized =
        typeof entry === 'function'
          ? (entry as (...args: unknown[]) => Localized)(...Array<unknown>(entry.length).fill(['a', 'b']))
          : entry;
      expectTranslated(text, `HttpMessages.${name}`);
    }
  });

  describe('domain errors', () => {
    const problem: LocalizedFieldProblem = { field: 'f', message: { en: 'is wrong', zh: '有误' } };
    const reason: Localized = { en: 'a reason', zh: '一个理由' };
    /** Factories whose arguments are more than ids and names. */
    const ARGUMENTS: Record<string, unknown[]> = {
      'CampaignErrors.invalid': [[problem]],
      'CampaignErrors.transitionRefused': [[reason]],
      'CampaignErrors.frozen': [reason],
      'EnterpriseErrors.unknownReferences': [[problem]],
      'JudgingErrors.invalid': [[problem]],
      'JudgingErrors.refused': ['SOME_CODE', reason, [problem]],
      'JudgingErrors.stateRefused': [reason, [reason]],
      'JudgingErrors.forbidden': [reason],
      'JudgingErrors.tooLarge': ['SOME_CODE', reason, 'f'],
      'SurveyErrors.invalid': [[problem]],
      'SurveyErrors.badHeader': [[problem]],
      'EntryErrors.invalid': [[problem]],
      'EntryErrors.bindingFrozen': [reason],
      'EntryErrors.locked': [reason],
      'EntryErrors.incomplete': [[{ key: 'f', label: reason }]],
      'EntryErrors.wouldBeIncomplete': [[{ key: 'f', label: reason }]],
    };
    const factories = Object.entries({
      CampaignErrors,
      EnterpriseErrors,
      IdentityErrors,
      JudgingErrors,
      RankingErrors,
      SurveyErrors,
      EntryErrors,
    }).flatMap(([group, errors]) =>
      Object.entries(errors as Record<string, (...args: unknown[]) => DomainError>).map(
        ([name, make]) => [`${group}.${name}`, make] as const,
      ),
    );

    it.each(factories)('%s is written in both languages, field problems too', (name, make) => {
      const error = make(...(ARGUMENTS[name] ?? Array<unknown>(make.length).fill('x1')));
      expect(error).toBeInstanceOf(DomainError);
      expectTranslated(error.localized, name);
      for (const p of error.problems ?? []) expectTranslated(p.message, `${name} ${p.field}`);
    });
  });

  it('writes Chinese wherever the code writes zh text', () => {
    const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))];
    const untranslated = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/\bzh:\s*('(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)/g)]
        .filter((m) => !CJK.test(m[1]))
        .map((m) => `${relative(ROOT, file)}: ${m[1]}`);
    });
    expect(untranslated).toEqual([]);
  });
});
