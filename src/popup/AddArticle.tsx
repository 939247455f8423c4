/**
 * "Add to dossier" in the popup: the tab's article, extracted in the page on request
 * (entrypoints/extract-article.ts), shown with what the page states about itself in
 * editable fields; confirming adds it to the dossier (the same change the dossier page
 * sends), and adding the same address again updates it. A page that is no article gets
 * a clear message and the selected text as a way in.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Extraction } from '../article/extract';
import type { Lang, Localized } from '../dossier/types';
import { sendToBackground } from '../messaging/client';
import { describeError } from '../ui/errors';
import { localized, type Translate } from '../ui/i18n';
import {
  firstSentences,
  languageForDossier,
  NEW_STORY,
  proposalsHash,
  readExtraction,
  shownStory,
  storyChoice,
} from './add-article';

type Step =
  | { name: 'reading' }
  | { name: 'failed' }
  | { name: 'form'; extraction: Extraction; fromSelection: boolean }
  | { name: 'saving' }
  | { name: 'saved'; updated: boolean; mentioned: number; storyId?: string }
  | { name: 'error'; message: string };

/** Runs the extractor in the tab: `scripting` where the browser has it (MV3), `tabs.executeScript` else. */
async function extractFromTab(tabId: number): Promise<unknown> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    const [first] = await scripting.executeScript({ target: { tabId }, files: ['/extract-article.js'] });
    return first?.result;
  }
  const [first] = await browser.tabs.executeScript(tabId, { file: '/extract-article.js' });
  return first;
}

export function AddArticle({
  tabId,
  lang,
  t,
  stories,
  onClose,
}: {
  tabId: number;
  lang: Lang;
  t: Translate;
  /** The stories switched on, as the page was judged against them. */
  stories: readonly { id: string; name: Localized; about: boolean; score: number }[];
  onClose: () => void;
}) {
  const [step, setStep] = useState<Step>({ name: 'reading' });
  // Undefined until the reader touches the selector: till then a late page decision still preselects.
  const [readerChoice, setReaderChoice] = useState<string | undefined>(undefined);
  const story = shownStory(readerChoice, stories);
  const [newStoryName, setNewStoryName] = useState('');
  const [fields, setFields] = useState({
    title: '',
    outlet: '',
    date: '',
    language: 'de' as Lang,
    url: '',
    author: '',
    text: '',
  });

  useEffect(() => {
    let gone = false;
    extractFromTab(tabId)
      .then((value) => {
        if (gone) return;
        const extraction = readExtraction(value);
        if (!extraction) return setStep({ name: 'failed' });
        const { metadata } = extraction;
        setFields({
          title: metadata.title ?? '',
          outlet: metadata.outlet ?? '',
          date: metadata.date ?? '',
          language: languageForDossier(metadata.language, lang),
          url: metadata.url ?? '',
          author: metadata.author ?? '',
          text: extraction.kind === 'article' ? extraction.text : '',
        });
        setStep({ name: 'form', extraction, fromSelection: false });
      })
      .catch(() => !gone && setStep({ name: 'failed' }));
    return () => {
      gone = true;
    };
    // The tab is read once; the UI language only picks the language field's default.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tabId]);

  const save = async (): Promise<void> => {
    setStep({ name: 'saving' });
    const article = {
      title: fields.title,
      language: fields.language,
      text: fields.text,
      ...(fields.outlet.trim() ? { outlet: fields.outlet } : {}),
      ...(fields.date.trim() ? { date: fields.date } : {}),
      ...(fields.url.trim() ? { url: fields.url } : {}),
      ...(fields.author.trim() ? { author: fields.author } : {}),
    };
    try {
      const result = await sendToBackground({
        type: 'changeDossier',
        change: { op: 'addArticle', article, ...storyChoice(story, newStoryName, lang) },
      });
      if (result.ok)
        setStep({
          name: 'saved',
          updated: result.updated === true,
          mentioned: result.mentioned?.length ?? 0,
          ...(result.storyId ? { storyId: result.storyId } : {}),
        });
      else setStep({ name: 'error', message: describeError(result.error, lang) });
    } catch {
      setStep({ name: 'error', message: t('addFailed') });
    }
  };

  const field = (name: 'title' | 'outlet' | 'date' | 'author' | 'url', label: string, hint?: string) => (
    <label class="add-field">
      <span>{label}</span>
      <input
        name={name}
        value={fields[name]}
        placeholder={hint}
        onInput={(event) => setFields({ ...fields, [name]: (event.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );

  return (
    <section class="add-article" aria-labelledby="add-heading" data-step={step.name}>
      <h2 id="add-heading">{t('addHeading')}</h2>
      {step.name === 'reading' && <p class="state">{t('addReading')}</p>}
      {step.name === 'failed' && <p class="state">{t('addCannotRead')}</p>}
      {step.name === 'form' && step.extraction.kind === 'not-article' && !step.fromSelection && (
        <div class="not-article" role="status">
          <p>{t('addNotArticle')}</p>
          {step.extraction.selection ? (
            <button
              type="button"
              data-action="use-selection"
              onClick={() => {
                setFields({ ...fields, text: (step.extraction as { selection: string }).selection });
                setStep({ ...step, fromSelection: true });
              }}
            >
              {t('addUseSelection', { count: step.extraction.selection.length })}
            </button>
          ) : (
            <p class="hint">{t('addSelectHint')}</p>
          )}
        </div>
      )}
      {step.name === 'form' && (step.extraction.kind === 'article' || step.fromSelection) && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          {field('title', t('addTitle'))}
          {field('outlet', t('addOutlet'))}
          <div class="add-row">
            {field('date', t('addDate'), t('addDateHint'))}
            <label class="add-field">
              <span>{t('addLanguage')}</span>
              <select
                name="language"
                value={fields.language}
                onChange={(event) =>
                  setFields({
                    ...fields,
                    language: (event.currentTarget as HTMLSelectElement).value === 'en' ? 'en' : 'de',
                  })
                }
              >
                <option value="de">Deutsch</option>
                <option value="en">English</option>
              </select>
            </label>
          </div>
          {field('author', t('addAuthor'))}
          {field('url', t('addUrl'))}
          <label class="add-field">
            <span>{t('addStory')}</span>
            <select
              name="story"
              value={story}
              onChange={(event) => setReaderChoice((event.currentTarget as HTMLSelectElement).value)}
            >
              {stories.length === 0 && <option value="">{t('addDossierStory')}</option>}
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {localized(s.name, lang)}
                </option>
              ))}
              <option value={NEW_STORY}>{t('addNewStory')}</option>
            </select>
          </label>
          {story === NEW_STORY && (
            <label class="add-field">
              <span>{t('addNewStoryName')}</span>
              <input
                name="newStory"
                required
                maxLength={200}
                value={newStoryName}
                onInput={(event) => setNewStoryName((event.currentTarget as HTMLInputElement).value)}
              />
            </label>
          )}
          <p class="add-preview" data-chars={fields.text.length}>
            <span class="add-length">
              {t('addLength', { count: fields.text.length.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB') })}
            </span>{' '}
            {firstSentences(fields.text)}
          </p>
          <div class="add-actions">
            <button
              type="submit"
              class="primary"
              data-action="confirm-add"
              disabled={!fields.title.trim() || !fields.text.trim() || (story === NEW_STORY && !newStoryName.trim())}
            >
              {t('addConfirm')}
            </button>
            <button type="button" onClick={onClose}>
              {t('addCancel')}
            </button>
          </div>
        </form>
      )}
      {step.name === 'saving' && <p class="state">{t('addSaving')}</p>}
      {step.name === 'saved' && (
        <p class="state added" role="status">
          {step.updated ? t('addUpdated') : t('addAdded')}{' '}
          {step.mentioned === 0
            ? t('addMentionedNone')
            : step.mentioned === 1
              ? t('addMentionedOne')
              : t('addMentioned', { count: step.mentioned })}
        </p>
      )}
      {step.name === 'saved' && step.storyId && (
        // What Kontext proposes from the story's articles is on the dossier page: one click there.
        <button
          type="button"
          class="link"
          data-action="see-proposals"
          onClick={() =>
            void browser.tabs.create({ url: browser.runtime.getURL(`/dossier.html${proposalsHash(step.storyId!)}`) })
          }
        >
          {t('addSeeProposals')}
        </button>
      )}
      {step.name === 'error' && (
        <p class="state error" role="alert">
          {step.message}
        </p>
      )}
      {(step.name === 'saved' ||
        step.name === 'failed' ||
        step.name === 'error' ||
        (step.name === 'form' && step.extraction.kind === 'not-article' && !step.fromSelection)) && (
        <button type="button" class="link" onClick={onClose}>
          {t('addBack')}
        </button>
      )}
    </section>
  );
}
