import { useState } from 'react'
import { api, type ImportRequest, type ImportStatus } from '../../api/client'

export interface IngestFormProps {
  busy: boolean
  onStart: (begin: () => Promise<ImportStatus>) => void
}

const isPartialDate = (v: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v)

type Source = { kind: 'text' } | { kind: 'files' } | { kind: 'url' }

/** Paste, upload or point at a URL: one source per import, named on the button. */
export function IngestForm({ busy, onStart }: IngestFormProps) {
  const [text, setText] = useState('')
  const [isHtml, setIsHtml] = useState(false)
  const [title, setTitle] = useState('')
  const [publisher, setPublisher] = useState('')
  const [published, setPublished] = useState('')
  const [files, setFiles] = useState<File[]>([])
  const [url, setUrl] = useState('')

  const given: Source[] = [
    ...(text.trim() ? [{ kind: 'text' } as const] : []),
    ...(files.length > 0 ? [{ kind: 'files' } as const] : []),
    ...(url.trim() ? [{ kind: 'url' } as const] : []),
  ]
  const source = given.length === 1 ? given[0] : undefined
  const dateOk = published.trim() === '' || isPartialDate(published.trim())
  const label =
    source?.kind === 'text'
      ? 'Import text'
      : source?.kind === 'files'
        ? `Upload ${files.length} file${files.length === 1 ? '' : 's'}`
        : source?.kind === 'url'
          ? 'Import URL'
          : 'Import'

  const submit = () => {
    if (!source || busy || !dateOk) return
    if (source.kind === 'files') return onStart(() => api.uploadImport(files))
    if (source.kind === 'url') return onStart(() => api.startImport({ url: url.trim() }))
    const body: ImportRequest = isHtml ? { html: text } : { text }
    if (title.trim()) body.title = title.trim()
    if (publisher.trim()) body.publisher = publisher.trim()
    if (published.trim()) body.published = published.trim()
    onStart(() => api.startImport(body))
  }

  return (
    <form
      className="ingest-form"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <div className="ingest-sources">
        <fieldset className="panel ingest-source">
          <legend>Paste text</legend>
          <label className="field">
            <span>Title</span>
            <input
              className="input"
              data-testid="ingest-title"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder="optional; else the first line"
            />
          </label>
          <div className="field-row">
            <label className="field">
              <span>Publisher</span>
              <input
                className="input"
                data-testid="ingest-publisher"
                value={publisher}
                onChange={(e) => setPublisher(e.target.value)}
                placeholder="optional"
              />
            </label>
            <label className="field">
              <span>Published</span>
              <input
                className={dateOk ? 'input' : 'input invalid'}
                data-testid="ingest-published"
                value={published}
                onChange={(e) => setPublished(e.target.value)}
                placeholder="YYYY-MM-DD"
                aria-invalid={!dateOk}
              />
            </label>
          </div>
          <label className="field">
            <span>Text</span>
            <textarea
              className="input mono-text"
              data-testid="ingest-text"
              rows={10}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder="Article text. The first line is taken as the title when a blank line follows it."
            />
          </label>
          <label className="check">
            <input type="checkbox" checked={isHtml} onChange={(e) => setIsHtml(e.target.checked)} />{' '}
            the pasted text is HTML
          </label>
        </fieldset>
        <fieldset className="panel ingest-source">
          <legend>Upload files</legend>
          <label className="field">
            <span>Files (.txt, .html, .jsonl)</span>
            <input
              type="file"
              multiple
              accept=".txt,.html,.htm,.jsonl,text/plain,text/html"
              data-testid="ingest-files"
              onChange={(e) => setFiles(e.target.files ? [...e.target.files] : [])}
            />
          </label>
          {files.length > 0 ? (
            <ul className="file-list muted">
              {files.map((f) => (
                <li key={`${f.name}-${f.size}`}>
                  {f.name} <span>({Math.max(1, Math.round(f.size / 1024))} KB)</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">
              A .jsonl file holds one document a line: {'{"text": …, "title": …}'}.
            </p>
          )}
        </fieldset>
        <fieldset className="panel ingest-source">
          <legend>From a URL</legend>
          <label className="field">
            <span>Page or RSS/Atom feed</span>
            <input
              type="url"
              className="input"
              data-testid="ingest-url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://…"
            />
          </label>
          <p className="muted">
            A feed imports each of its items. The server refuses private and loopback addresses.
          </p>
        </fieldset>
      </div>
      <div className="ingest-actions">
        <button
          type="submit"
          className="btn btn-primary"
          data-testid="ingest-submit"
          disabled={!source || busy || !dateOk}
        >
          {busy ? 'Importing…' : label}
        </button>
        {given.length > 1 ? (
          <span className="field-error">Give one source at a time: text, files or a URL.</span>
        ) : null}
        {given.length === 0 ? (
          <span className="muted">Paste text, choose files or give a URL.</span>
        ) : null}
        {!dateOk ? (
          <span className="field-error">Published must be YYYY, YYYY-MM or YYYY-MM-DD.</span>
        ) : null}
      </div>
    </form>
  )
}
