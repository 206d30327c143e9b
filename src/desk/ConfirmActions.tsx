// The buttons of an in-page confirmation (Publish now, Unpublish now, Restore now; Cancel): the first
// aria-disabled while the server is asked, and saying so; one place for the three confirmations.
export function ConfirmActions(props: {
  busy: boolean;
  confirm: string;
  busyLabel: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <p className="review-actions">
      <button
        type="button"
        aria-disabled={props.busy || undefined}
        onClick={() => !props.busy && props.onConfirm()}
      >
        {props.busy ? props.busyLabel : props.confirm}
      </button>
      <button type="button" onClick={props.onCancel}>
        {props.cancel}
      </button>
    </p>
  );
}
