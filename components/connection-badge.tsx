import type { ConnectionStatus } from "./live-client";

const LABELS: Record<ConnectionStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Connection lost, reconnecting…",
  offline: "Offline",
};

/** Live / reconnecting / offline, in words and a shape, never by colour alone. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  return (
    <span
      className={`badge badge-${status}`}
      data-testid="connection-badge"
      data-status={status}
      role="status"
    >
      <span aria-hidden="true" className="badge-dot" />
      {LABELS[status]}
    </span>
  );
}
