import { describe, expect, it } from "vitest";
import { REGIONS } from "../domain/regions";
import { openApiDocument } from "./openapi";
import { REPORT_BODY_FIELDS, reportBodySchema } from "./report-schema";

const doc = openApiDocument();
const body = doc.components.schemas.ReportBody;

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with the reports path and every status the handler answers", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths["/api/v1/reports"].post.responses).sort()).toEqual(["201", "400", "401", "409", "413", "415", "429", "503"]);
  });

  it("documents exactly the fields the schema accepts", () => {
    expect(Object.keys(body.properties).sort()).toEqual([...REPORT_BODY_FIELDS].sort());
    expect(Object.keys(reportBodySchema(new Date()).in.shape).sort()).toEqual([...REPORT_BODY_FIELDS].sort());
    expect(body.required).toEqual(["narrative", "region"]);
  });

  it("lists every police force area id", () => {
    expect(body.properties.region.enum).toEqual(REGIONS.map((r) => r.id));
  });
});
