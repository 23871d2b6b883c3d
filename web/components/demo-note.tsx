// Where the static demo (config.demo) would offer a wallet action: why it does not. The
// demo answers queries from a recorded history in the browser; nothing can be sent.

export interface DemoNoteProps {
  /** what would be sent, e.g. "a vote" */
  what?: string;
  /** what one does on the devnet, e.g. "vote" */
  action?: string;
}

/** The sentence as text, for tests and titles. */
export const demoNoteText = ({ what = "a vote", action = "vote" }: DemoNoteProps = {}) =>
  `This is a static demo over a recorded history: there is no chain to send ${what} to. Run npm run dev to ${action} on a local devnet.`;

export function DemoNote({ what = "a vote", action = "vote" }: DemoNoteProps) {
  return (
    <p className="note demo-note" data-testid="demo-note">
      This is a static demo over a recorded history: there is no chain to send {what} to. Run{" "}
      <code>npm run dev</code> to {action} on a local devnet.
    </p>
  );
}
