// The one way a screen shows a failed call: announced to screen readers, in the error colour.
export function ErrorText({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="error-text" role="alert">
      {error}
    </p>
  );
}
