import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { create as createQrCode } from 'qrcode';
import type { CertificateContent } from '@app/awards';
import {
  announcementDate,
  certificateFigures,
  type CertificateFigure,
  certificateNames,
  withYear,
} from './certificate-text';

/** A4 landscape, in points. */
const PAGE = { width: 841.89, height: 595.28 };
const LEFT = 72;
const WIDTH = PAGE.width - 2 * LEFT;
/** Where the footer's rule is drawn: the body is centred in the room above it. */
const FOOTER_TOP = 470;
const FIGURE_ROW = 48;

const NAVY = '#1d2b4f';
const GOLD = '#a8842c';
const GREY = '#5a6272';
const RULE = '#d8c79c';

const REGULAR = 'NotoSansSC-Regular';
const BOLD = 'NotoSansSC-Bold';

/**
 * Noto Sans SC carries Latin and Chinese alike, so one family serves both languages and no name can fall back
 * to missing glyphs. The files are 10 MB each: read once per process; pdfkit embeds only the glyphs used.
 */
let fonts: { regular: Buffer; bold: Buffer } | null = null;
function fontFiles() {
  fonts ??= {
    regular: readFileSync(
      require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    ),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
  };
  return fonts;
}

type Doc = PDFKit.PDFDocument;

interface Block {
  text: string;
  font: string;
  /** Largest and smallest size; the largest that fits `maxHeight` is used. */
  size: [number, number];
  maxHeight: number;
  color: string;
  spacing?: number;
  /** Space left above the block. */
  gap?: number;
  /** Where a short body gets more space: between the name, the award and the figures. */
  stretch?: boolean;
}

/** Lines of a wrapped name sit closer than Noto's generous line height; single-line text keeps its own. */
const lineGapOf = (size: number) => -0.12 * size;

function heightAt(doc: Doc, b: Block, size: number, width: number): number {
  doc.font(b.font).fontSize(size);
  return doc.heightOfString(b.text, { width, lineGap: lineGapOf(size), characterSpacing: b.spacing });
}

/** The largest size at which the text wraps within the width and `maxHeight`: a long name gets smaller, never out. */
function fittedSize(doc: Doc, b: Block, width: number): number {
  const [max, min] = b.size;
  for (let size = max; size > min; size -= 0.5) if (heightAt(doc, b, size, width) <= b.maxHeight) return size;
  return min;
}

/**
 * Size, height and width of a block. A name that wraps gets the narrowest width that keeps its number of lines,
 * so its lines come out about equally long rather than a full line and a lone word.
 */
function measured(doc: Doc, b: Block, width: number) {
  const size = fittedSize(doc, b, width);
  const height = heightAt(doc, b, size, width);
  let narrow = width;
  if (height > doc.currentLineHeight(true) * 1.5 && height <= b.maxHeight) {
    let lo = width / 2;
    while (narrow - lo > 1) {
      const mid = (lo + narrow) / 2;
      if (heightAt(doc, b, size, mid) <= height) narrow = mid;
      else lo = mid;
    }
  }
  return { ...b, size, height: Math.min(b.maxHeight, height), width: narrow, cut: height > b.maxHeight };
}

/** Draws blocks one under another, centred; the height is clamped, so even a pathological name cannot overflow. */
function drawBlocks(doc: Doc, blocks: ReturnType<typeof measured>[], top: number, stretch = 0) {
  let y = top;
  for (const b of blocks) {
    y += (b.gap ?? 0) + (b.stretch ? stretch : 0);
    doc.font(b.font).fontSize(b.size).fillColor(b.color);
    doc.text(b.text, LEFT + (WIDTH - b.width) / 2, y, {
      width: b.width,
      align: 'center',
      lineGap: lineGapOf(b.size),
      characterSpacing: b.spacing,
      // Only text too long even at the smallest size is cut, with an ellipsis, at the height it was given.
      ...(b.cut ? { height: b.height, ellipsis: true } : {}),
    });
    y += b.height;
  }
  return y;
}

const totalHeight = (blocks: { height: number; gap?: number }[]) =>
  blocks.reduce((sum, b) => sum + b.height + (b.gap ?? 0), 0);

function frame(doc: Doc) {
  doc.save();
  doc
    .lineWidth(2.5)
    .strokeColor(GOLD)
    .rect(20, 20, PAGE.width - 40, PAGE.height - 40)
    .stroke();
  doc
    .lineWidth(0.75)
    .rect(28, 28, PAGE.width - 56, PAGE.height - 56)
    .stroke();
  for (const [x, y] of [
    [28, 28],
    [PAGE.width - 28, 28],
    [28, PAGE.height - 28],
    [PAGE.width - 28, PAGE.height - 28],
  ]) {
    doc
      .fillColor(GOLD)
      .polygon([x, y - 6], [x + 6, y], [x, y + 6], [x - 6, y])
      .fill();
  }
  doc.restore();
}

function ornament(doc: Doc, y: number) {
  const c = PAGE.width / 2;
  doc.save().lineWidth(0.75).strokeColor(GOLD);
  doc
    .moveTo(c - 90, y)
    .lineTo(c - 10, y)
    .stroke();
  doc
    .moveTo(c + 10, y)
    .lineTo(c + 90, y)
    .stroke();
  doc
    .fillColor(GOLD)
    .polygon([c, y - 4], [c + 4, y], [c, y + 4], [c - 4, y])
    .fill();
  doc.restore();
}

/** The numeric figures as a row of cells: label in both languages, value, and the CSI's interval. */
function figureRow(doc: Doc, figures: CertificateFigure[], top: number): number {
  if (figures.length === 0) return top;
  const cell = Math.min(128, WIDTH / figures.length);
  const left = LEFT + (WIDTH - cell * figures.length) / 2;
  figures.forEach((f, i) => {
    const x = left + i * cell;
    if (i > 0) {
      doc.save().lineWidth(0.5).strokeColor(RULE);
      doc
        .moveTo(x, top + 2)
        .lineTo(x, top + 44)
        .stroke();
      doc.restore();
    }
    const label = f.label.zh === f.label.en ? f.label.en : `${f.label.zh} · ${f.label.en}`;
    const opts = { width: cell, align: 'center' as const, lineBreak: false };
    doc.font(REGULAR).fontSize(8.5).fillColor(GREY).text(label, x, top, opts);
    doc
      .font(BOLD)
      .fontSize(17)
      .fillColor(NAVY)
      .text(f.value.en, x, top + 12, opts);
    if (f.interval) {
      doc
        .font(REGULAR)
        .fontSize(7.5)
        .fillColor(GREY)
        .text(`95 % ${f.interval}`, x, top + 35, opts);
    }
  });
  return top + FIGURE_ROW;
}

function qrCode(doc: Doc, url: string, x: number, y: number, size: number) {
  const modules = createQrCode(url, { errorCorrectionLevel: 'M' }).modules;
  const unit = size / modules.size;
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    // Runs of dark modules as one rectangle each: fewer operators, and no hairline seams between modules.
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < modules.size && modules.get(row, col + 1)) col++;
      doc.rect(x + start * unit, y + row * unit, (col - start + 1) * unit, unit + 0.01);
    }
  }
  doc.fill();
  doc.restore();
  doc.link(x, y, size, size, url);
}

/**
 * The body's text, names first. `scale` shrinks the room given to the names: the largest scale at which the
 * body fits is used, so an ordinary name is drawn large and a 300-character one still ends above the footer.
 */
function bodyBlocks(c: CertificateContent, scale: number): { before: Block[]; after: Block[] } {
  const names = certificateNames(c);
  const figures = certificateFigures(c.figures);
  const band = figures.find((f) => f.key === 'band');
  const industryLine = names.industry
    ? names.industry.zh === names.industry.en
      ? `行业  ·  Industry: ${names.industry.en}`
      : `行业 ${names.industry.zh}  ·  Industry: ${names.industry.en}`
    : '全部行业  ·  All industries';
  const name = (text: string, size: [number, number], maxHeight: number, gap: number): Block => ({
    text,
    font: BOLD,
    size,
    maxHeight: Math.round(maxHeight * scale),
    color: NAVY,
    gap,
  });
  const small = (text: string, color: string, gap: number, stretch = false): Block => ({
    text,
    font: REGULAR,
    size: [10, 7],
    maxHeight: 16,
    color,
    gap,
    stretch,
  });
  return {
    before: [
      small('兹证明  ·  This is to certify that', GREY, 0),
      ...(names.enterprise.zhKnown
        ? [name(names.enterprise.zh, [26, 12], 70, 4), name(names.enterprise.en, [16, 8], 44, 6)]
        : [name(names.enterprise.en, [24, 9], 96, 4)]),
      small(
        c.jointWinners ? '并列荣获  ·  has been awarded, as a joint winner,' : '荣获  ·  has been awarded',
        c.jointWinners ? GOLD : GREY,
        12,
        true,
      ),
      ...(names.category.zh === names.category.en
        ? [
            {
              text: names.category.en,
              font: BOLD,
              size: [19, 10],
              maxHeight: 46,
              color: GOLD,
              gap: 2,
            } as Block,
          ]
        : [
            {
              text: names.category.zh,
              font: BOLD,
              size: [19, 10],
              maxHeight: 27,
              color: GOLD,
              gap: 2,
            } as Block,
            { text: names.category.en, font: BOLD, size: [14, 8], maxHeight: 20, color: GOLD } as Block,
          ]),
      small(industryLine, GREY, 3),
    ],
    after: band
      ? [small(`${band.label.zh} ${band.value.zh}  ·  ${band.label.en}: ${band.value.en}`, NAVY, 4)]
      : [],
  };
}

/**
 * A winner's certificate as a one-page A4 landscape PDF, Chinese and English on the same page, with a QR code
 * to its verification page. The document's dates are the announcement's, so the same certificate gives the
 * same bytes (and ETag) every time.
 */
export function certificatePdf(content: CertificateContent, verificationUrl: string): Promise<Buffer> {
  const names = certificateNames(content);
  const announced = new Date(content.announcedAt);
  const files = fontFiles();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `证书 Certificate of Award: ${names.enterprise.en} (${content.code})`,
      Author: 'Care Awards',
      Subject: `${withYear(names.campaign.en, names.year, 'en')}: ${names.category.en}${
        names.industry ? `, ${names.industry.en}` : ''
      }. Verify at ${verificationUrl}`,
      Keywords: content.code,
      CreationDate: announced,
      ModDate: announced,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, files.regular);
  doc.registerFont(BOLD, files.bold);

  frame(doc);
  const campaignLine =
    names.campaign.zh === names.campaign.en
      ? withYear(names.campaign.en, names.year, 'en')
      : `${withYear(names.campaign.zh, names.year, 'zh')}  ·  ${withYear(names.campaign.en, names.year, 'en')}`;
  const header = [
    { text: campaignLine, font: REGULAR, size: [11, 7], maxHeight: 16, color: GOLD },
    { text: '证 书', font: BOLD, size: [36, 36], maxHeight: 54, color: NAVY, spacing: 6, gap: 4 },
    {
      text: 'CERTIFICATE OF AWARD',
      font: REGULAR,
      size: [14, 14],
      maxHeight: 22,
      color: NAVY,
      spacing: 4,
      gap: 4,
    },
  ] satisfies Block[];
  const headerEnd = drawBlocks(
    doc,
    header.map((b) => measured(doc, b, WIDTH)),
    46,
  );
  ornament(doc, headerEnd + 10);

  const numeric = certificateFigures(content.figures).filter((f) => f.key !== 'band');
  const rowHeight = numeric.length > 0 ? FIGURE_ROW + 12 : 0;
  const roomTop = headerEnd + 22;
  const room = FOOTER_TOP - 10 - roomTop;
  let body = { before: [] as ReturnType<typeof measured>[], after: [] as ReturnType<typeof measured>[] };
  let used = Infinity;
  for (let scale = 1; used > room && scale >= 0.4; scale -= 0.1) {
    const blocks = bodyBlocks(content, scale);
    body = {
      before: blocks.before.map((b) => measured(doc, b, WIDTH)),
      after: blocks.after.map((b) => measured(doc, b, WIDTH)),
    };
    used = totalHeight(body.before) + rowHeight + totalHeight(body.after);
  }
  // Unreachable with the budgets above; a guard, so a change of them fails the tests rather than a printout.
  if (used > room) throw new Error(`The certificate's body needs ${used} pt, the page has ${room}`);

  // Half of any room left over (up to 40 pt) goes between the name, the award and the figures; the rest is
  // shared above and below, so a short body is airy rather than a small block in a large space.
  const points = numeric.length > 0 ? 2 : 1;
  const stretch = Math.min((room - used) / 2, 40) / points;
  const top = roomTop + (room - used - points * stretch) / 2;
  const beforeEnd = drawBlocks(doc, body.before, top, stretch);
  const rowEnd = numeric.length > 0 ? figureRow(doc, numeric, beforeEnd + 12 + stretch) : beforeEnd;
  drawBlocks(doc, body.after, rowEnd);

  footer(doc, content.code, announcementDate(content.announcedAt), verificationUrl, FOOTER_TOP);
  doc.end();
  return done;
}

function footer(doc: Doc, code: string, date: { zh: string; en: string }, url: string, top: number) {
  const qr = 88;
  const qrX = PAGE.width - LEFT - qr + 12;
  doc.save().lineWidth(0.5).strokeColor(RULE);
  doc
    .moveTo(LEFT, top)
    .lineTo(qrX - 16, top)
    .stroke();
  doc.restore();

  const y = top + 12;
  const labels = { width: 230, lineBreak: false };
  doc.font(REGULAR).fontSize(8.5).fillColor(GREY).text('公布日期  ·  Announced', LEFT, y, labels);
  doc
    .font(BOLD)
    .fontSize(13)
    .fillColor(NAVY)
    .text(date.zh, LEFT, y + 14, labels);
  doc
    .font(REGULAR)
    .fontSize(11)
    .fillColor(NAVY)
    .text(date.en, LEFT, y + 34, labels);

  const mid = LEFT + 250;
  const midWidth = qrX - 20 - mid;
  doc.font(REGULAR).fontSize(8.5).fillColor(GREY).text('证书编号  ·  Certificate code', mid, y, {
    width: midWidth,
    lineBreak: false,
  });
  doc
    .font(BOLD)
    .fontSize(15)
    .fillColor(NAVY)
    .text(code, mid, y + 13, { width: midWidth, characterSpacing: 1.5, lineBreak: false });
  doc
    .font(REGULAR)
    .fontSize(8.5)
    .fillColor(GREY)
    .text('扫码或访问以下网址验证  ·  Scan or visit to verify:', mid, y + 38, {
      width: midWidth,
      lineBreak: false,
    });
  doc
    .font(REGULAR)
    .fontSize(8.5)
    .fillColor(NAVY)
    .text(url, mid, y + 51, { width: midWidth, height: 24, ellipsis: true, link: url });

  qrCode(doc, url, qrX, top - 6, qr);
}
