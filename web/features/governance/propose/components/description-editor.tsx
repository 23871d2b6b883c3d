import { lazy, Suspense, useState } from "react";

// The Markdown renderer (react-markdown, rehype-sanitize: ~120 kB) loads on the first Preview.
const ProposalDescription = lazy(() =>
  import("../../components/proposal-description.tsx").then((m) => ({
    default: m.ProposalDescription,
  })),
);

export interface DescriptionEditorProps {
  title: string;
  body: string;
  titleError?: string;
  onTitle: (title: string) => void;
  onBody: (body: string) => void;
}

/** Title and Markdown body, with the preview the proposal page will show. */
export function DescriptionEditor({
  title,
  body,
  titleError,
  onTitle,
  onBody,
}: DescriptionEditorProps) {
  const [preview, setPreview] = useState(false);
  return (
    <div className="description-editor">
      <label className="stacked">
        <span>Title</span>
        <input
          className="gov-input"
          value={title}
          onChange={(e) => onTitle(e.target.value)}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? "title-error" : undefined}
          maxLength={200}
        />
      </label>
      {titleError ? (
        <p className="field-error" id="title-error">
          {titleError}
        </p>
      ) : null}
      <fieldset className="editor-tabs" aria-label="Description view">
        <button type="button" aria-pressed={!preview} onClick={() => setPreview(false)}>
          Write
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview(true)}>
          Preview
        </button>
      </fieldset>
      {preview ? (
        <section className="description-preview" aria-label="Preview of the description">
          <h3>{title.trim() || "(no title yet)"}</h3>
          {body.trim() ? (
            <Suspense fallback={<p className="note">Loading the preview…</p>}>
              <ProposalDescription text={body} />
            </Suspense>
          ) : (
            <p className="note">No description yet.</p>
          )}
        </section>
      ) : (
        <label className="stacked">
          <span>Description (Markdown): why this change, and what it should do</span>
          <textarea
            className="reason-input description-input"
            value={body}
            onChange={(e) => onBody(e.target.value)}
            rows={8}
          />
        </label>
      )}
      <p className="note">
        Stored on chain as <code># Title</code>, a blank line, then the description: the dashboard
        shows the first line as the proposal's title.
      </p>
    </div>
  );
}
