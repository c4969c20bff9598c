import '../lib/zod-csp.ts';
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import {
  buildExperience,
  emptyExperience,
  experienceFromForm,
  EXPERIENCE_SECTIONS,
  type ExperienceField,
  type ExperienceFields,
  type ExperienceFile,
  type FieldError,
  type SectionKey,
} from '../lib/contribution/experience.ts';
import { newFileUrl, type Repository } from '../lib/contribution/repository.ts';
import { experienceFormUi as t } from '../ui/islands/experience-form.ts';
import './experience-form.css';

export interface Choice {
  id: string;
  label: string;
}

export interface ExperienceFormProps {
  rubriques: Choice[];
  echelles: Choice[];
  fiches: Choice[];
  references: Choice[];
  /** Ids of the retours d'expérience already in the kit: a new one may not reuse them. */
  existingIds: string[];
  /** Set when REPOSITORY_URL is configured: the result then links to the « new file » page. */
  repository?: Repository;
}

/** Beyond this, a prefilled link is too long for GitHub's server to accept. */
export const MAX_PREFILL_URL = 8000;

/** The fields that hold one required text or choice. */
type TextFieldName = 'titre' | 'rubrique' | 'resume' | 'dispositif';

/**
 * « Partager un retour d'expérience »: validates in the browser, then shows the MDX file to
 * copy, download or open prefilled in the repository. Nothing is sent anywhere. The server draws
 * the form empty, and React takes it over on the reader's first touch (`client:interaction`):
 * what was typed or ticked before that is read back from the controls. Without JavaScript the
 * form is hidden and a note points to the template below it.
 */
export default function ExperienceForm({ rubriques, echelles, fiches, references, existingIds, repository }: ExperienceFormProps) {
  const prefix = `experience${useId().replace(/[^\w-]/g, '')}`;
  const id = (field: string) => `${prefix}-${field}`;
  const [ready, setReady] = useState(false);
  const [fields, setFields] = useState<ExperienceFields>(emptyExperience);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [file, setFile] = useState<ExperienceFile>();
  const [stale, setStale] = useState(false);
  const [status, setStatus] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusTarget, setFocusTarget] = useState<'summary' | 'result'>();

  // Once, when React takes over the server's form: what the reader put in it meanwhile becomes the state.
  useEffect(() => {
    if (formRef.current) setFields(experienceFromForm(new FormData(formRef.current), id('echelle')));
    setReady(true);
  }, []);
  useEffect(() => {
    if (focusTarget === 'summary') summaryRef.current?.focus();
    if (focusTarget === 'result') resultRef.current?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const errorOf = (field: ExperienceField) => errors.find((e) => e.field === field)?.message;
  const update = (change: Partial<ExperienceFields>) => {
    setFields((current) => ({ ...current, ...change }));
    if (file) setStale(true);
  };
  const updateSection = (key: SectionKey, value: string) => update({ sections: { ...fields.sections, [key]: value } });
  const toggle = (list: 'fiches' | 'references', value: string, on: boolean) => {
    const current = fields[list];
    update({ [list]: on ? [...current, value] : current.filter((v) => v !== value) });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = buildExperience(fields, existingIds);
    setStatus('');
    if (!result.ok) {
      setErrors(result.errors);
      setFile(undefined);
      setFocusTarget('summary');
      return;
    }
    setErrors([]);
    setFile(result.file);
    setStale(false);
    setFocusTarget('result');
  };

  const copy = async () => {
    if (!file) return;
    try {
      await navigator.clipboard.writeText(file.text);
      setStatus(t.copied);
    } catch {
      // Older browsers, or a page without clipboard permission: select the text for the person.
      const area = textRef.current;
      area?.focus();
      area?.select();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      setStatus(copied ? t.copied : t.copyFailed);
    }
  };

  const download = () => {
    if (!file) return;
    const url = URL.createObjectURL(new Blob([file.text], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus(t.downloaded(file.fileName));
  };

  const describedBy = (field: ExperienceField, hint = true) =>
    [hint ? id(`${field}-aide`) : '', errorOf(field) ? id(`${field}-erreur`) : ''].filter(Boolean).join(' ') || undefined;
  const ErrorText = ({ field }: { field: ExperienceField }) =>
    errorOf(field) ? (
      <p className="field-error" id={id(`${field}-erreur`)}>
        <span className="visually-hidden">{t.errorPrefix} </span>
        {errorOf(field)}
      </p>
    ) : null;
  const Hint = ({ field, children }: { field: ExperienceField; children: ReactNode }) => (
    <p className="field-hint" id={id(`${field}-aide`)}>
      {children}
    </p>
  );
  /** What each required one-value field wires the same way: its id, its value, its hint and error read with it. */
  const controlProps = (field: TextFieldName) => ({
    id: id(field),
    name: field,
    required: true,
    'aria-invalid': errorOf(field) ? true : undefined,
    'aria-describedby': describedBy(field),
    value: fields[field],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => update({ [field]: e.target.value }),
  });
  // A function, not a component: a component defined here would be new at each render, and React
  // would remount the control inside it, losing the focus at each key.
  const textField = (field: TextFieldName, label: string, hint: ReactNode, control: ReactNode) => (
    <div className="field">
      <label htmlFor={id(field)}>{label}</label>
      <Hint field={field}>{hint}</Hint>
      <ErrorText field={field} />
      {control}
    </div>
  );
  /** Where an error in the summary leads: the field itself, or the first box of a group. */
  const anchorOf = (field: ExperienceField) => {
    if (field === 'echelle') return id(`echelle-${echelles[0]?.id}`);
    if (field === 'fiches') return id(`fiches-${fiches[0]?.id}`);
    if (field === 'references') return id(`references-${references[0]?.id}`);
    return id(field);
  };
  const labelOf = (field: ExperienceField): string => {
    const section = EXPERIENCE_SECTIONS.find((s) => s.key === field);
    if (section) return section.title;
    return { titre: t.titre, rubrique: t.rubrique, resume: t.resume, dispositif: t.dispositif, echelle: t.echelle, fiches: t.fichesLegend, references: t.referencesLegend }[
      field as 'titre'
    ];
  };
  const prefill = file && repository ? newFileUrl(repository, file.path, file.text) : undefined;

  return (
    <div className="experience-form" data-ready={ready ? 'true' : undefined}>
      <p className="experience-form__noscript no-print">{t.noScript}</p>
      {errors.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={id('erreurs-titre')}>
          <h3 id={id('erreurs-titre')}>{t.errorTitle(errors.length)}</h3>
          <ul>
            {errors.map((error) => (
              <li key={error.field}>
                <a
                  href={`#${anchorOf(error.field)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(anchorOf(error.field))?.focus();
                  }}
                >
                  {labelOf(error.field)} : {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <form noValidate onSubmit={submit} ref={formRef}>
        <fieldset>
          <legend>{t.aboutLegend}</legend>
          {textField('titre', t.titre, t.titreHint, <input type="text" {...controlProps('titre')} />)}
          {textField(
            'rubrique',
            t.rubrique,
            t.rubriqueHint,
            <select {...controlProps('rubrique')}>
              <option value="">{t.rubriqueChoose}</option>
              {rubriques.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label}
                </option>
              ))}
            </select>,
          )}
          {textField('resume', t.resume, t.resumeHint, <textarea rows={3} {...controlProps('resume')} />)}
          {textField('dispositif', t.dispositif, t.dispositifHint, <input type="text" {...controlProps('dispositif')} />)}
          <fieldset className="field choices" aria-describedby={describedBy('echelle', false)}>
            <legend>{t.echelle}</legend>
            <ErrorText field="echelle" />
            {echelles.map((e) => (
              <div className="choice" key={e.id}>
                <input
                  type="radio"
                  id={id(`echelle-${e.id}`)}
                  name={id('echelle')}
                  value={e.id}
                  checked={fields.echelle === e.id}
                  aria-invalid={errorOf('echelle') ? true : undefined}
                  onChange={() => update({ echelle: e.id })}
                />
                <label htmlFor={id(`echelle-${e.id}`)}>{e.label}</label>
              </div>
            ))}
          </fieldset>
        </fieldset>

        {(['fiches', 'references'] as const).map((list) => (
          <fieldset className="choices" key={list} aria-describedby={describedBy(list)}>
            <legend>{list === 'fiches' ? t.fichesLegend : t.referencesLegend}</legend>
            <Hint field={list}>{list === 'fiches' ? t.fichesHint : t.referencesHint}</Hint>
            <ErrorText field={list} />
            {(list === 'fiches' ? fiches : references).map((choice) => (
              <div className="choice" key={choice.id}>
                <input
                  type="checkbox"
                  id={id(`${list}-${choice.id}`)}
                  name={list}
                  value={choice.id}
                  checked={fields[list].includes(choice.id)}
                  aria-invalid={errorOf(list) ? true : undefined}
                  onChange={(e) => toggle(list, choice.id, e.target.checked)}
                />
                <label htmlFor={id(`${list}-${choice.id}`)}>{choice.label}</label>
              </div>
            ))}
          </fieldset>
        ))}

        <fieldset>
          <legend>{t.storyLegend}</legend>
          <p className="field-hint">{t.storyHint}</p>
          {EXPERIENCE_SECTIONS.map(({ key, title, required }) => (
            <div className="field" key={key}>
              <label htmlFor={id(key)}>
                {title} {!required && <span className="muted">{t.optional}</span>}
              </label>
              <ErrorText field={key} />
              <textarea
                id={id(key)}
                name={key}
                rows={5}
                required={required}
                aria-invalid={errorOf(key) ? true : undefined}
                aria-describedby={describedBy(key, false)}
                value={fields.sections[key]}
                onChange={(e) => updateSection(key, e.target.value)}
              />
            </div>
          ))}
        </fieldset>

        <p className="muted">{t.nothingSent}</p>
        <button type="submit" className="button">
          {t.submit}
        </button>
      </form>

      <p className="visually-hidden" aria-live="polite" role="status">
        {status}
      </p>

      {file && (
        <section className="experience-result" aria-labelledby={id('resultat-titre')}>
          <h3 id={id('resultat-titre')} tabIndex={-1} ref={resultRef}>
            {t.resultTitle}
          </h3>
          {stale && <p className="field-error">{t.changed}</p>}
          <p>
            {t.resultIntro} <code>content/experiences/</code> : <code data-result-path>{file.path}</code>
          </p>
          <label htmlFor={id('resultat')}>{t.resultLabel}</label>
          <textarea id={id('resultat')} ref={textRef} readOnly rows={18} value={file.text} data-result-text spellCheck={false} />
          <div className="experience-result__actions">
            <button type="button" className="button" onClick={copy}>
              {t.copy}
            </button>
            <button type="button" className="button button--secondary" onClick={download}>
              {t.download(file.fileName)}
            </button>
          </div>
          {repository ? (
            prefill && prefill.length <= MAX_PREFILL_URL ? (
              <p>
                <a href={prefill} rel="noopener noreferrer" data-prefill-link>
                  {t.openNewFile}
                </a>
                <br />
                <span className="muted">{t.openNewFileHint}</span>
              </p>
            ) : (
              <p>{t.tooLongForLink}</p>
            )
          ) : (
            <p data-no-repository>{t.noRepository}</p>
          )}
        </section>
      )}
    </div>
  );
}
