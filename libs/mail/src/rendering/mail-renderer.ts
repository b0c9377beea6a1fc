import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import type { Language } from '@app/common';
import { MailTemplate, TEMPLATE_PARAMS } from '../mail-templates';
import { formatDate, roleName } from './formats';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * Where the template files are: `libs/mail/templates` beside the sources, and `dist/libs/mail/templates` beside
 * the build (`npm run build` copies them), both two folders up from this file.
 */
export const TEMPLATES_DIR = join(__dirname, '..', '..', 'templates');

type Format = 'subject' | 'html' | 'text';

/**
 * Renders a message from `templates/<name>/<language>.<format>.hbs` with handlebars. HTML escapes every param
 * (`{{name}}`), so a display name or a rejection reason cannot inject markup; subject and text take params as they
 * are. A message whose required params are missing or empty is refused rather than sent with blanks.
 */
export class MailRenderer {
  private readonly html = Handlebars.create();
  private readonly plain = Handlebars.create();
  private readonly compiled = new Map<string, Handlebars.TemplateDelegate>();

  constructor(private readonly dir = TEMPLATES_DIR) {
    for (const env of [this.html, this.plain]) {
      env.registerHelper('date', (iso: unknown, options: Handlebars.HelperOptions) =>
        formatDate(String(iso), (options.data as { language: Language }).language),
      );
      env.registerHelper('role', (role: unknown, options: Handlebars.HelperOptions) =>
        roleName(String(role), (options.data as { language: Language }).language),
      );
    }
    const partials = join(dir, '_partials');
    for (const file of existsSync(partials) ? readdirSync(partials) : []) {
      if (!file.endsWith('.hbs')) continue;
      const env = file.endsWith('.html.hbs') ? this.html : this.plain;
      env.registerPartial(
        file.replace(/\.(html|text)\.hbs$/, ''),
        readFileSync(join(partials, file), 'utf8'),
      );
    }
  }

  /** Throws when a param the template requires is missing or empty: such a message would go out with blanks. */
  requireParams(template: MailTemplate, params: Record<string, string>): void {
    const missing = TEMPLATE_PARAMS[template].required.filter((p) => !params[p]?.trim());
    if (missing.length > 0) throw new Error(`Mail ${template} lacks params: ${missing.join(', ')}`);
  }

  render(template: MailTemplate, language: Language, params: Record<string, string>): RenderedMail {
    this.requireParams(template, params);
    const render = (format: Format) =>
      this.template(template, language, format)(params, { data: { language } }).trim();
    return {
      // One line: a param with a line break must not start a header of its own.
      subject: render('subject').replace(/\s+/g, ' '),
      html: render('html'),
      text: render('text') + '\n',
    };
  }

  private template(template: MailTemplate, language: Language, format: Format): Handlebars.TemplateDelegate {
    const key = `${template}/${language}.${format}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      const source = readFileSync(join(this.dir, template, `${language}.${format}.hbs`), 'utf8');
      compiled =
        format === 'html'
          ? this.html.compile(source, { strict: false })
          : this.plain.compile(source, { noEscape: true });
      this.compiled.set(key, compiled);
    }
    return compiled;
  }
}
