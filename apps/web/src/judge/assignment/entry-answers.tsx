import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { DocumentLink } from './document-link';
import type { ShownEntry } from './dossier-types';

/** The entry's answers the round shows, by section, with each file field's documents. */
export function EntryAnswers({ assignmentId, entry }: { assignmentId: string; entry: ShownEntry | null }) {
  const { t } = useTranslation('judge');
  const lang = currentLanguage();
  if (!entry) return <p className="notice">{t('dossier.noEntry')}</p>;
  return (
    <>
      {entry.sections.map((section) => (
        <section key={section.key} className="judge-entry-section" aria-labelledby={`section-${section.key}`}>
          <h3 id={`section-${section.key}`}>{section.title[lang]}</h3>
          {section.description ? <p className="judge-muted">{section.description[lang]}</p> : null}
          <dl className="facts judge-answers">
            {section.fields.map((field) => (
              <div key={field.key}>
                <dt>{field.label[lang]}</dt>
                <dd>
                  {field.documents ? (
                    field.documents.length === 0 ? (
                      <span className="judge-muted">{t('dossier.noDocuments')}</span>
                    ) : (
                      <ul className="judge-documents">
                        {field.documents.map((d) => (
                          <li key={d.id}>
                            <DocumentLink assignmentId={assignmentId} document={d} />
                          </li>
                        ))}
                      </ul>
                    )
                  ) : field.text[lang] === null || field.text[lang] === '' ? (
                    <span className="judge-muted">{t('dossier.unanswered')}</span>
                  ) : (
                    <span className="judge-answer">{field.text[lang]}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
