import { describe, expect, it } from "vitest";
import { FORM_MAX_BODY_BYTES, formBodyVerdict } from "./body-limit";

describe("formBodyVerdict", () => {
  it("lets page views and posts within the limit through", () => {
    expect(formBodyVerdict("GET", null)).toEqual({ ok: true });
    expect(formBodyVerdict("POST", "45000")).toEqual({ ok: true });
    expect(formBodyVerdict("POST", String(FORM_MAX_BODY_BYTES))).toEqual({ ok: true });
  });

  it("refuses a post over the limit with 413, and one without a length with 411", () => {
    expect(formBodyVerdict("POST", String(FORM_MAX_BODY_BYTES + 1))).toEqual({ ok: false, status: 413 });
    expect(formBodyVerdict("POST", null)).toEqual({ ok: false, status: 411 });
    expect(formBodyVerdict("POST", "lots")).toEqual({ ok: false, status: 411 });
  });
});
