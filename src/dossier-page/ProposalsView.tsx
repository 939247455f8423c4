/**
 * Proposed entries from the reader's articles: each with its evidence (the quoted sentences and their
 * articles), to accept (an own entry, marked on pages at once), edit, merge with another, or reject
 * (remembered per story). The proposer runs in a worker; the page shows its progress.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Proposal } from '../dossier/propose/types';
import { ENTRY_KINDS, type Article, type Entry, type EntryKind } from '../dossier/types';
import { quoted } from '../ui/format';
import { kindLabel } from '../ui/i18n';
import { firstStoryOf, storyOfArticle } from '../storage/reader-rules';
import { changeDossier, useChange } from '../ui/change';
import { ChangeStatus } from '../ui/ChangeStatus';
import { SourceChips, type ViewProps } from './common';
import { cacheProposals, cachedProposals } from './proposal-cache';
import {
  acceptInput,
  editProposal,
  mergeProposals,
  proposalRunKey,
  proposeInput,
  rejectionKeys,
  reviewSets,
  type ReviewProposal,
} from './proposals';
import type { ProposeReply, ProposeRequest } from './propose-worker';
// Vite bundles the worker into a file of its own, its name hashed by its content: the URL says which
// build of the proposer an answer came from.
import proposeWorkerUrl from './propose-worker?worker&url';
import { forgetRejectedKeys, rejectedKeys, rememberRejection, watchRejections } from './rejections';

/** Proposals shown at once: the most important first. */
const SHOWN = 40;
/** How long "undo" stays after a rejection (unless the reader is on it). */
const UNDO_MS = 15_000;

type Run =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; proposals: Proposal[] }
  | { status: 'error'; message: string };

/** The story's articles of the reader's own, and the entries it has (whose names are not proposed). */
function storyParts(data: ViewProps['data'], storyId: string): { articles: Article[]; entries: Entry[] } {
  const { state } = data;
  const first = firstStoryOf(state.stories)?.id ?? storyId;
  const story = state.stories.find((s) => s.id === storyId);
  const listed = (story?.entries ?? []).flatMap((id) => data.entryById.get(id) ?? []);
  return {
    articles: state.own.articles.filter((a) => storyOfArticle(a, first) === storyId),
    entries: story?.bundled ? [...state.dossier.entries, ...listed] : listed,
  };
}

/**
 * The story's proposals: the stored answer when the articles and the proposer are those it was
 * computed for, else computed in a worker (with progress) and stored.
 */
function useProposalRun(storyId: string, articles: readonly Article[]): Run {
  // The articles' identity: a re-read of the same articles (after an accept) computes nothing new.
  const runKey = proposalRunKey(articles, proposeWorkerUrl);
  const [run, setRun] = useState<Run>({ status: 'loading' });
  const worker = useRef<Worker | null>(null);
  const request = useRef(0);
  const busy = useRef(false);
  useEffect(() => () => worker.current?.terminate(), []);
  useEffect(() => {
    const id = ++request.current;
    if (articles.length === 0) {
      setRun({ status: 'idle' });
      return;
    }
    const current = () => id === request.current;
    const compute = () => {
      // A run for articles that have changed since is work for nothing: it goes with its worker.
      if (busy.current) {
        worker.current?.terminate();
        worker.current = null;
      }
      worker.current ??= new Worker(proposeWorkerUrl);
      busy.current = true;
      setRun({ status: 'running', done: 0, total: articles.length + 1 });
      worker.current.onmessage = (event: MessageEvent<ProposeReply>) => {
        const reply = event.data;
        if (reply.id !== request.current) return; // an older request's answer
        if (reply.type === 'progress') {
          setRun({ status: 'running', done: reply.done, total: reply.total });
          return;
        }
        busy.current = false;
        if (reply.type === 'done') {
          setRun({ status: 'done', proposals: reply.proposals });
          void cacheProposals(storyId, runKey, reply.proposals).catch(() => undefined);
        } else setRun({ status: 'error', message: reply.message });
      };
      worker.current.onerror = (event) => {
        busy.current = false;
        setRun({ status: 'error', message: event.message || 'worker' });
      };
      const message: ProposeRequest = { id, articles: proposeInput(articles) };
      worker.current.postMessage(message);
    };
    void cachedProposals(storyId, runKey)
      .catch(() => null)
      .then((cached) => {
        if (!current()) return;
        if (cached) setRun({ status: 'done', proposals: cached });
        else compute();
      });
    // Keyed by the articles' identity, not the array (a new array on every reload).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storyId, runKey]);
  return run;
}

/** The story's rejected keys, and a reload for the page's own changes (seen before storage says so). */
function useRejected(storyId: string): [Set<string>, () => Promise<void>] {
  const [rejected, setRejected] = useState<Set<string>>(new Set());
  const reload = () => rejectedKeys(storyId).then(setRejected);
  useEffect(() => {
    void reload();
    return watchRejections(() => void reload());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storyId]);
  return [rejected, reload];
}

/** A rejection the reader can still take back: its keys new with it, and the proposal's name. */
interface Undoable {
  name: string;
  key: string;
  keys: string[];
}

/** Proposals from the reader's articles of a story (the first story when none is given). */
export function ProposalsSection(props: ViewProps & { story?: string }) {
  const { data, lang, t } = props;
  const storyId = props.story ?? firstStoryOf(data.state.stories)?.id ?? 'default';
  const parts = useMemo(() => storyParts(data, storyId), [data, storyId]);
  const run = useProposalRun(storyId, parts.articles);
  const [rejected, reloadRejected] = useRejected(storyId);
  // The reader's edits and merges, until accepted or rejected (kept while the page is open).
  const [edited, setEdited] = useState<ReadonlyMap<string, ReviewProposal>>(new Map());
  // Merged into another, or accepted (gone at once, before the page has read the new entry).
  const [settled, setSettled] = useState<ReadonlySet<string>>(new Set());
  const [change, apply, setChange] = useChange();
  const [undo, setUndo] = useState<Undoable | null>(null);
  const undoBox = useRef<HTMLSpanElement>(null);
  // Where the keyboard goes once the list has changed: the proposal after the one just settled.
  const focusNext = useRef<string | null>(null);
  const section = useRef<HTMLElement>(null);

  const proposals = run.status === 'done' ? run.proposals : null;
  const sets = useMemo(
    () => (proposals ? reviewSets(proposals, parts.entries, rejected) : { open: [], rejected: [] }),
    [proposals, parts.entries, rejected],
  );
  const list = useMemo(
    () => sets.open.filter((p) => !settled.has(p.key)).map((p) => edited.get(p.key) ?? p),
    [sets, settled, edited],
  );

  useEffect(() => {
    if (focusNext.current === null) return;
    const target =
      section.current?.querySelector<HTMLElement>(`[data-proposal="${CSS.escape(focusNext.current)}"] h3`) ??
      section.current?.querySelector<HTMLElement>('li.proposal h3') ??
      section.current?.querySelector<HTMLElement>('#h-proposals');
    focusNext.current = null;
    target?.focus();
  });

  // The undo goes after a while, but not from under the reader's pointer or keyboard.
  useEffect(() => {
    if (!undo) return;
    const timer = setInterval(() => {
      if (!undoBox.current?.matches(':hover, :focus-within')) setUndo(null);
    }, UNDO_MS);
    return () => clearInterval(timer);
  }, [undo]);

  /** The proposal after `p` in the list (or before it, at the end): where focus goes once `p` is gone. */
  const neighbour = (p: ReviewProposal) => {
    const at = list.findIndex((o) => o.key === p.key);
    return (list[at + 1] ?? list[at - 1])?.key ?? '';
  };
  const replace = (p: ReviewProposal) => setEdited(new Map([...edited, [p.key, p]]));
  const accept = async (p: ReviewProposal) => {
    setUndo(null);
    const next = neighbour(p);
    const result = await apply(
      changeDossier({ op: 'saveOwnEntry', entry: acceptInput(p), stories: [storyId] }),
      t('proposalAccepted', { name: p.name }),
    );
    if (!result?.ok) return;
    focusNext.current = next;
    setSettled((current) => new Set([...current, p.key]));
    // Accepted is settled: not proposed again, whatever the entry is later called.
    await rememberRejection(storyId, p.keys);
  };
  const reject = async (p: ReviewProposal) => {
    focusNext.current = neighbour(p);
    const keys = await rememberRejection(storyId, rejectionKeys(p));
    await reloadRejected();
    setChange({ busy: false, problems: [], done: t('proposalRejected', { name: p.name }) });
    setUndo({ name: p.name, key: p.key, keys });
  };
  const takeBack = async (p: { name: string; key: string }, keys: readonly string[]) => {
    setUndo(null);
    await forgetRejectedKeys(storyId, keys);
    await reloadRejected();
    focusNext.current = p.key;
    setChange({ busy: false, problems: [], done: t('proposalRestored', { name: p.name }) });
  };
  const merge = (into: ReviewProposal, fromKey: string) => {
    const from = list.find((p) => p.key === fromKey);
    if (!from || from.key === into.key) return;
    setUndo(null);
    replace(mergeProposals(into, from));
    setSettled(new Set([...settled, from.key]));
    focusNext.current = into.key;
    setChange({ busy: false, problems: [], done: t('proposalMerged', { from: from.name, into: into.name }) });
  };

  return (
    <section aria-labelledby="h-proposals" class="proposals" ref={section}>
      <h2 id="h-proposals" tabIndex={-1}>
        {t('proposalsHeading')}
      </h2>
      <p class="hint">{t('proposalsHint')}</p>
      {run.status === 'idle' && <p class="muted">{t('proposalsNoArticles')}</p>}
      {run.status === 'running' && (
        <p class="proposals-progress" role="status">
          {t('proposalsRunning', { done: Math.min(run.done, run.total - 1), total: run.total - 1 })}{' '}
          <progress max={run.total} value={run.done} aria-label={t('proposalsHeading')} />
        </p>
      )}
      {run.status === 'error' && (
        <p class="status error" role="alert">
          {t('proposalsError', { message: run.message })}
        </p>
      )}
      <div class="proposals-status row wrap">
        <ChangeStatus change={change} t={t} lang={lang} />
        {undo && (
          <span ref={undoBox}>
            <button type="button" class="secondary" onClick={() => void takeBack(undo, undo.keys)}>
              {t('proposalUndo')}
              <span class="visually-hidden">: {undo.name}</span>
            </button>
          </span>
        )}
      </div>
      {run.status === 'done' && list.length === 0 && <p class="muted">{t('proposalsNone')}</p>}
      {list.length > 0 && (
        <ol class="plain-list proposal-list">
          {list.slice(0, SHOWN).map((p) => (
            <ProposalItem
              key={p.key}
              proposal={p}
              others={list.filter((o) => o.key !== p.key)}
              busy={change.busy}
              onAccept={() => void accept(p)}
              onReject={() => void reject(p)}
              onEdit={replace}
              onMerge={(fromKey) => merge(p, fromKey)}
              {...props}
            />
          ))}
        </ol>
      )}
      {sets.rejected.length > 0 && (
        <details class="proposals-rejected">
          <summary>{t.plural('proposalsRejectedCount', sets.rejected.length)}</summary>
          <p class="hint">{t('proposalsRejectedHint')}</p>
          <ul class="plain-list">
            {sets.rejected.map((p) => (
              <li key={p.key} class="row wrap">
                <span>
                  {p.name} <span class="muted">· {kindLabel(t, p.kind)}</span>
                </span>
                <button type="button" class="secondary" onClick={() => void takeBack(p, rejectionKeys(p))}>
                  {t('proposalProposeAgain')}
                  <span class="visually-hidden">: {p.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

interface ItemProps extends ViewProps {
  proposal: ReviewProposal;
  others: ReviewProposal[];
  busy: boolean;
  onAccept(): void;
  onReject(): void;
  onEdit(p: ReviewProposal): void;
  onMerge(fromKey: string): void;
}

function ProposalItem({ proposal: p, others, busy, onAccept, onReject, onEdit, onMerge, data, lang, t }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [mergeWith, setMergeWith] = useState('');
  const headingId = `proposal-${p.key.replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <li class="proposal" aria-labelledby={headingId} data-proposal={p.key}>
      <h3 id={headingId} tabIndex={-1}>
        {p.name} <span class="muted">· {kindLabel(t, p.kind)}</span>
      </h3>
      <p class="muted">
        {t.plural('proposalMentions', p.mentions)}
        {p.aliases.length > 0 && ` · ${t('proposalAlso', { names: p.aliases.join(', ') })}`}
      </p>
      {p.role && <p class="role">{p.role}</p>}
      {editing ? (
        <ProposalEditor
          proposal={p}
          t={t}
          lang={lang}
          data={data}
          onDone={(next) => {
            if (next) onEdit(next);
            setEditing(false);
            // Back to the proposal, whose text now shows the edit.
            requestAnimationFrame(() => document.getElementById(headingId)?.focus());
          }}
        />
      ) : (
        <ul class="plain-list proposal-sentences">
          {p.sentences
            .filter((s) => s.chosen)
            .map((s) => (
              <li key={s.quote}>
                <Quote article={s.article} quote={s.quote} data={data} lang={lang} t={t} />
              </li>
            ))}
        </ul>
      )}
      {!editing && (
        <>
          {/* One wrapping group: at a narrow width the merge control follows on the same rows. */}
          <div class="row wrap proposal-actions">
            <button type="button" disabled={busy} onClick={onAccept}>
              {t('proposalAccept')}
              <span class="visually-hidden">: {p.name}</span>
            </button>
            <button type="button" class="secondary" onClick={() => setEditing(true)}>
              {t('dossierEdit')}
              <span class="visually-hidden">: {p.name}</span>
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={onReject}>
              {t('proposalReject')}
              <span class="visually-hidden">: {p.name}</span>
            </button>
            {others.length > 0 && (
              <span class="merge">
                <select
                  aria-label={`${t('proposalMergeWith')}: ${p.name}`}
                  value={mergeWith}
                  onChange={(e) => setMergeWith(e.currentTarget.value)}
                >
                  <option value="">{t('proposalMergeWith')} …</option>
                  {others.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  class="secondary"
                  disabled={!mergeWith}
                  onClick={() => {
                    onMerge(mergeWith);
                    setMergeWith('');
                  }}
                >
                  {t('proposalMerge')}
                  <span class="visually-hidden">: {p.name}</span>
                </button>
              </span>
            )}
          </div>
        </>
      )}
    </li>
  );
}

/** A quoted sentence with its source chip (outlet and date), which opens the article at the quote. */
function Quote({ article, quote, ...view }: { article: string; quote: string } & ViewProps) {
  const source = view.data.articleById.get(article);
  return (
    <>
      <blockquote lang={source?.language}>{quoted(quote, source?.language ?? 'de')}</blockquote>{' '}
      <SourceChips sources={[{ article, quote }]} {...view} />
    </>
  );
}

function ProposalEditor({
  proposal: p,
  t,
  lang,
  data,
  onDone,
}: {
  proposal: ReviewProposal;
  t: ViewProps['t'];
  lang: ViewProps['lang'];
  data: ViewProps['data'];
  /** The edited proposal, or nothing (the reader cancelled). */
  onDone(p?: ReviewProposal): void;
}) {
  const [name, setName] = useState(p.name);
  const [role, setRole] = useState(p.role ?? '');
  const nameField = useRef<HTMLInputElement>(null);
  useEffect(() => nameField.current?.focus(), []);
  const [kind, setKind] = useState<EntryKind>(p.kind);
  const [aliases, setAliases] = useState(p.aliases.join(', '));
  const [chosen, setChosen] = useState(p.sentences.map((s) => s.chosen));
  const id = (field: string) => `f-proposal-${field}-${p.key.replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <form
      class="stack proposal-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(
          editProposal(p, {
            name,
            kind,
            aliases: aliases.split(/[\n,;]/),
            role,
            chosen,
          }),
        );
      }}
    >
      <div class="row wrap">
        <div class="field-box">
          <label for={id('name')}>{t('dossierEntryName')}</label>
          <input
            ref={nameField}
            id={id('name')}
            required
            maxLength={200}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div class="field-box">
          <label for={id('kind')}>{t('dossierEntryKind')}</label>
          <select id={id('kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as EntryKind)}>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="field-box">
        <label for={id('aliases')}>{t('dossierEntryAliases')}</label>
        <input id={id('aliases')} value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
      </div>
      <div class="field-box">
        <label for={id('role')}>{t('proposalRole')}</label>
        <input id={id('role')} maxLength={500} value={role} onInput={(e) => setRole(e.currentTarget.value)} />
      </div>
      <ul class="plain-list proposal-sentences">
        {p.sentences.map((s, i) => (
          <li key={s.quote}>
            <label class="sentence-choice">
              <input
                type="checkbox"
                checked={chosen[i]}
                aria-label={t('proposalKeepSentence')}
                onChange={(e) => setChosen(chosen.map((c, k) => (k === i ? e.currentTarget.checked : c)))}
              />{' '}
              <Quote article={s.article} quote={s.quote} data={data} lang={lang} t={t} />
            </label>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="submit">{t('proposalEditDone')}</button>
        <button type="button" class="secondary" onClick={() => onDone()}>
          {t('dossierCancel')}
        </button>
      </div>
    </form>
  );
}
