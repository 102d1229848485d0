import { describe, expect, it } from "vitest";
import { extractLinks } from "./links";
import { foldText } from "../fold-text";
import { tagReport } from "../tag-report";

const links = (text: string) => extractLinks(text, foldText(text)).map(({ domain, url, kind, genuine }) => ({ domain, url, kind, genuine }));

describe("extractLinks", () => {
  it("finds bare domains, URLs and defanged links", () => {
    expect(links("visit amazon-refund.co.uk to claim")).toEqual([{ domain: "amazon-refund.co.uk", url: "amazon-refund[.]co[.]uk", kind: "bare", genuine: false }]);
    expect(links("go to https://Royalmail-Fee.com/Pay?id=AbC.")).toEqual([{ domain: "royalmail-fee.com", url: "hxxps://royalmail-fee[.]com/Pay?id=AbC", kind: "url", genuine: false }]);
    expect(links("it was amzn[.]com")).toEqual([{ domain: "amzn.com", url: "amzn[.]com", kind: "bare", genuine: false }]);
    expect(links("hxxps://amaz0n-refund[.]com/x")).toEqual([{ domain: "amaz0n-refund.com", url: "hxxps://amaz0n-refund[.]com/x", kind: "url", genuine: false }]);
    expect(links("www.supremocontrol.com")[0]?.domain).toBe("supremocontrol.com");
    expect(links("bit.ly/3xY7kLm")[0]?.url).toBe("bit[.]ly/3xY7kLm");
  });

  it("uses the registrable domain, including private suffixes", () => {
    expect(links("claim at hmrc-refunds-gov.uk.com")[0]?.domain).toBe("hmrc-refunds-gov.uk.com");
    expect(links("see https://secure.login.hsbc-verify.net/a")[0]?.domain).toBe("hsbc-verify.net");
  });

  it("knows genuine brand and government domains", () => {
    expect(links("I checked amazon.co.uk")[0]?.genuine).toBe(true);
    expect(links("www.gov.uk/hmrc")[0]).toBeUndefined(); // gov.uk itself is a public suffix
    expect(links("hmrc.gov.uk")[0]?.genuine).toBe(true);
  });

  it("ignores sentence punctuation, abbreviations and numbers", () => {
    expect(links("e.g. i.e. U.S. 79.99 1.500 called.Then")).toEqual([]);
  });

  it("keeps e-mail sender domains as entities, not links", () => {
    expect(links("from office365-billing@outlook.com")).toEqual([{ domain: "outlook.com", url: "outlook[.]com", kind: "email", genuine: true }]);
    const r = tagReport({ text: "email from support@amaz0n-help.net about my prime renewal" });
    expect(r.domains).toContain("amaz0n-help.net");
    expect(r.tactics).not.toContain("phishing-link");
  });

  it("does not count the genuine site a victim checked as a phishing link", () => {
    const r = tagReport({ text: "Text said my parcel is held. I went to evri.com myself and there was nothing." });
    expect(r.domains).toEqual(["evri.com"]);
    expect(r.tactics).not.toContain("phishing-link");
  });
});
