import { describe, expect, it } from "vitest";
import { parseReference, randomReference, sequentialReference } from "./reference";

const FORMAT = /^SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe("references", () => {
  it("have the public format and no ambiguous letters", () => {
    const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) % 256);
    expect(randomReference(bytes)).toMatch(FORMAT);
    for (let i = 0; i < 1000; i++) expect(sequentialReference(i, 7)).toMatch(FORMAT);
  });

  it("are distinct for distinct sequence numbers", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200_000; i++) seen.add(sequentialReference(i, 42));
    expect(seen.size).toBe(200_000);
  });

  it("differ between salts", () => {
    expect(sequentialReference(5, 1)).not.toBe(sequentialReference(5, 2));
  });

  it("parse what people type or say", () => {
    expect(parseReference("sp-7kq3-9xdp")).toBe("SP-7KQ3-9XDP");
    expect(parseReference(" SP 7KQ3 9XDP ")).toBe("SP-7KQ3-9XDP");
    expect(parseReference("7kq39xdp")).toBe("SP-7KQ3-9XDP");
    expect(parseReference("SP-7KQ3-9XDO")).toBe("SP-7KQ3-9XD0");
    expect(parseReference("SP-7KQ3-9XDI")).toBe("SP-7KQ3-9XD1");
  });

  it("reject what cannot be a reference", () => {
    expect(parseReference("SP-7KQ3-9XD")).toBeNull();
    expect(parseReference("SP-7KQ3-9XDU")).toBeNull();
    expect(parseReference("")).toBeNull();
  });
});
