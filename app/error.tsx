"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again in a few minutes. Nothing you already sent us has been lost.</p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </>
  );
}
