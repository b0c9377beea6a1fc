import PDFDocument from 'pdfkit';
import type { DemoEnterprise } from './demo-data';

/**
 * The PDFs a demo entrant uploads, drawn with pdfkit from the plan so a judge opening one sees a plausible
 * document about that enterprise. pdfkit's built-in fonts carry Latin text only, and the demo's enterprises
 * have English names, so these documents are in English: they stand for what an entrant writes, not for
 * the platform's own pages, which are bilingual.
 */
export interface DemoDocument {
  fileName: string;
  bytes: Buffer;
}

export interface KeyResult {
  indicator: string;
  before: number;
  after: number;
}

/** Indicators the written case reports, moved by the enterprise's latent quality so better centers report more. */
export function keyResultsOf(e: DemoEnterprise): KeyResult[] {
  const q = e.quality / 10;
  const r = (x: number) => Math.round(x * 10) / 10;
  return [
    { indicator: 'First-contact resolution (%)', before: r(55 + q * 20), after: r(58 + q * 28) },
    { indicator: 'Average speed of answer (s)', before: r(48 - q * 20), after: r(40 - q * 22) },
    { indicator: 'Abandonment rate (%)', before: r(9 - q * 4), after: r(7 - q * 4.5) },
    { indicator: 'Agent attrition (%)', before: r(38 - q * 15), after: r(33 - q * 16) },
  ];
}

export function caseSummaryOf(e: DemoEnterprise): string {
  return (
    `${e.legalName} runs a ${e.seats}-seat ${e.organizationType} contact center in ${e.region}. ` +
    'This year we rebuilt our quality programme around first-contact resolution: every agent now closes the ' +
    'loop with the customer within one working day, coaching is driven by recorded calls scored against our ' +
    'published service standard, and the knowledge base is reviewed weekly with the product teams. ' +
    'Customers noticed shorter waits, fewer repeat calls and clearer answers, as the key results show.'
  );
}

function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  // A fixed creation date keeps the same plan's documents byte-identical from run to run.
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { CreationDate: new Date('2027-01-15') } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, title: string, e: DemoEnterprise) {
  doc.fontSize(18).font('Helvetica-Bold').text(title);
  doc.moveDown(0.3).fontSize(11).font('Helvetica').fillColor('#444').text(e.legalName);
  doc.text(`Unified social credit code ${e.creditCode} - ${e.region}`).fillColor('black').moveDown();
}

function table(doc: PDFKit.PDFDocument, rows: string[][], widths: number[]) {
  const x0 = doc.page.margins.left;
  for (const [i, row] of rows.entries()) {
    const y = doc.y;
    let x = x0;
    doc.font(i === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    row.forEach((cell, c) => {
      doc.text(cell, x + 4, y + 4, { width: widths[c] - 8 });
      doc.rect(x, y, widths[c], 20).stroke('#999');
      x += widths[c];
    });
    doc.x = x0;
    doc.y = y + 20;
  }
  doc.moveDown();
}

export async function writtenCase(e: DemoEnterprise): Promise<DemoDocument> {
  const bytes = await render((doc) => {
    heading(doc, 'Best Call Center of the Year - written case', e);
    doc.fontSize(13).font('Helvetica-Bold').text('1. The year in brief').moveDown(0.3);
    doc.fontSize(11).font('Helvetica').text(caseSummaryOf(e), { align: 'justify' }).moveDown();
    doc.fontSize(13).font('Helvetica-Bold').text('2. Key results').moveDown(0.3);
    table(
      doc,
      [
        ['Indicator', 'Year before', 'This year'],
        ...keyResultsOf(e).map((k) => [k.indicator, String(k.before), String(k.after)]),
      ],
      [260, 110, 110],
    );
    doc.fontSize(13).font('Helvetica-Bold').text('3. How we got there').moveDown(0.3);
    doc
      .fontSize(11)
      .font('Helvetica')
      .text(
        'Workforce planning moved to 15-minute intervals; team leaders spend two hours a day on the floor; ' +
          'complaints are reviewed by the head of service every Monday with the root causes and the owners of ' +
          'each fix. The service standard, the coaching form and the audit reports are attached as evidence.',
        { align: 'justify' },
      );
  });
  return { fileName: `written-case-${e.index + 1}.pdf`, bytes };
}

export async function auditReport(e: DemoEnterprise): Promise<DemoDocument> {
  const bytes = await render((doc) => {
    heading(doc, 'Quality audit report (evidence)', e);
    doc
      .fontSize(11)
      .text(
        `An internal audit sampled ${200 + (e.seats % 300)} recorded contacts against the published service ` +
          'standard. Findings and the corrective actions agreed with the operations manager follow.',
      )
      .moveDown();
    table(
      doc,
      [
        ['Check', 'Sampled', 'Passed'],
        ['Greeting and identification', '200', String(170 + Math.round(e.quality * 3))],
        ['Accurate answer', '200', String(150 + Math.round(e.quality * 4))],
        ['Follow-up promised and kept', '200', String(140 + Math.round(e.quality * 5))],
      ],
      [260, 110, 110],
    );
  });
  return { fileName: `quality-audit-${e.index + 1}.pdf`, bytes };
}

export async function sitePack(e: DemoEnterprise): Promise<DemoDocument> {
  const bytes = await render((doc) => {
    heading(doc, 'Site-visit pack: floor plan and schedule', e);
    doc.fontSize(13).font('Helvetica-Bold').text('Floor plan').moveDown(0.5);
    const x = doc.page.margins.left;
    const y = doc.y;
    doc.rect(x, y, 420, 180).stroke();
    const rows = Math.min(6, Math.ceil(e.seats / 200));
    for (let r = 0; r < rows; r++) doc.rect(x + 20, y + 20 + r * 26, 260, 16).fill('#cfd8e3');
    doc
      .fillColor('black')
      .rect(x + 300, y + 20, 100, 60)
      .stroke();
    doc.fontSize(9).text('Training room', x + 310, y + 45);
    doc.rect(x + 300, y + 100, 100, 60).stroke();
    doc.text('Quality team', x + 315, y + 125);
    doc.x = x;
    doc.y = y + 200;
    doc.fontSize(13).font('Helvetica-Bold').text('Visit schedule').moveDown(0.3);
    table(
      doc,
      [
        ['Time', 'Session'],
        ['09:00', 'Welcome, service strategy'],
        ['10:00', 'Floor walk and call listening'],
        ['13:30', 'Workforce planning and quality'],
        ['15:30', 'Panel questions'],
      ],
      [100, 380],
    );
  });
  return { fileName: `site-pack-${e.index + 1}.pdf`, bytes };
}

export async function customerListDeclaration(e: DemoEnterprise): Promise<DemoDocument> {
  const bytes = await render((doc) => {
    heading(doc, 'Customer-list declaration', e);
    doc
      .fontSize(11)
      .text(
        'We declare that the customer list given to the survey partner for the Customer Care Benchmark ' +
          'Enterprise award contains every customer served in the survey period, unfiltered, and that we have ' +
          'not contacted the sampled customers about the survey.',
        { align: 'justify' },
      )
      .moveDown(2)
      .text('Signed for the enterprise: ______________________   Date: 2027-01-15');
  });
  return { fileName: `customer-list-declaration-${e.index + 1}.pdf`, bytes };
}
