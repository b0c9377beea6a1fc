import { fileTypeFromBuffer } from 'file-type/core';
import { answerProblems, fieldsOf, formDefinitionProblems } from '@app/entries';
import { planDemo } from './demo-data';
import { auditReport, customerListDeclaration, keyResultsOf, sitePack, writtenCase } from './entry-documents';
import { BENCHMARK_FORM, DOCUMENT_REVIEW_FIELDS, PANEL_FORM, SITE_VISIT_FIELDS } from './entry-forms';

describe('The demo’s entry forms and documents', () => {
  it('are forms the platform accepts, and the rounds show fields they have', () => {
    expect(formDefinitionProblems(BENCHMARK_FORM)).toEqual([]);
    expect(formDefinitionProblems(PANEL_FORM)).toEqual([]);
    const keys = fieldsOf(PANEL_FORM).map((f) => f.key);
    for (const k of [...DOCUMENT_REVIEW_FIELDS, ...SITE_VISIT_FIELDS]) expect(keys).toContain(k);
  });

  it('reports key results the table field accepts', () => {
    const table = fieldsOf(PANEL_FORM).find((f) => f.key === 'key_results');
    for (const e of planDemo(3, 0.05).enterprises.slice(0, 20)) {
      expect(answerProblems(table!, keyResultsOf(e), 'key_results')).toEqual([]);
    }
  });

  it('draws real PDFs, the same bytes for the same enterprise', async () => {
    const e = planDemo(3, 0.05).enterprises[0];
    for (const draw of [writtenCase, auditReport, sitePack, customerListDeclaration]) {
      const a = await draw(e);
      expect((await fileTypeFromBuffer(a.bytes))?.mime).toBe('application/pdf');
      expect(a.fileName).toMatch(/\.pdf$/);
      expect((await draw(e)).bytes.equals(a.bytes)).toBe(true);
    }
  });
});
