import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabaseUrl, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DEFAULT_PHONE_REGION).toBe("GB");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
  });
});

describe("describeDatabaseUrl", () => {
  it("never includes the password", () => {
    const s = describeDatabaseUrl("postgres://u:hunter2@db.example:6543/scam");
    expect(s).toBe("db.example:6543/scam");
    expect(s).not.toContain("hunter2");
  });
});
