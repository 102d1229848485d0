// What prisma/schema.prisma says the database must contain, read with Prisma's own schema
// parser (the WebAssembly build of its engine), in the shape information_schema uses.
import { readFileSync } from "node:fs";
import { get_dmmf } from "@prisma/prisma-schema-wasm";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfModel { name: string; dbName: string | null; fields: DmmfField[] }
interface DmmfIndex { model: string; type: "id" | "unique" | "normal" | "fulltext"; dbName?: string | null; fields: { name: string }[] }
interface DmmfEnum { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }

export interface ExpectedColumn { table: string; column: string; type: string; nullable: boolean }
export interface ExpectedIndex { table: string; name: string; columns: string[]; unique: boolean; primary: boolean }
export interface ExpectedForeignKey { table: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: string }

const SCALAR: Record<string, string> = {
  String: "text", Int: "integer", BigInt: "bigint", Float: "double precision", Boolean: "boolean",
  DateTime: "timestamp(3) without time zone", Json: "jsonb", Decimal: "numeric(65,30)", Bytes: "bytea",
};
const NATIVE: Record<string, (args: string[]) => string> = {
  Timestamptz: (a) => `timestamp(${a[0] ?? 6}) with time zone`,
  Char: (a) => `character(${a[0]})`,
  VarChar: (a) => (a[0] ? `character varying(${a[0]})` : "character varying"),
  Uuid: () => "uuid",
  Date: () => "date",
  Text: () => "text",
};

export function expectedSchema(schemaPath = "prisma/schema.prisma") {
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync(schemaPath, "utf8") }))).datamodel as {
    models: DmmfModel[]; indexes: DmmfIndex[]; enums: DmmfEnum[];
  };
  const tableOf = new Map(dmmf.models.map((m) => [m.name, m.dbName ?? m.name]));
  const enumDbName = new Map(dmmf.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const col = (m: DmmfModel, field: string) => {
    const f = m.fields.find((x) => x.name === field)!;
    return f.dbName ?? f.name;
  };

  const columns: ExpectedColumn[] = [];
  const foreignKeys: ExpectedForeignKey[] = [];
  for (const m of dmmf.models) {
    const table = tableOf.get(m.name)!;
    for (const f of m.fields) {
      if (f.kind === "object") {
        if (f.relationFromFields?.length) {
          const target = dmmf.models.find((x) => x.name === f.type)!;
          foreignKeys.push({
            table,
            columns: f.relationFromFields.map((x) => col(m, x)),
            refTable: tableOf.get(f.type)!,
            refColumns: (f.relationToFields ?? []).map((x) => col(target, x)),
            onDelete: onDeleteRule(f),
          });
        }
        continue;
      }
      let type = f.kind === "enum" ? enumDbName.get(f.type)! : f.nativeType ? NATIVE[f.nativeType[0]]!(f.nativeType[1]) : SCALAR[f.type]!;
      if (f.isList) type += "[]";
      // Prisma leaves list columns nullable in PostgreSQL.
      columns.push({ table, column: f.dbName ?? f.name, type, nullable: f.isList || !f.isRequired });
    }
  }

  const indexes: ExpectedIndex[] = dmmf.indexes.map((ix) => {
    const m = dmmf.models.find((x) => x.name === ix.model)!;
    const table = tableOf.get(m.name)!;
    const cols = ix.fields.map((f) => col(m, f.name));
    const suffix = ix.type === "id" ? "pkey" : ix.type === "unique" ? "key" : "idx";
    const name = ix.dbName ?? (ix.type === "id" ? `${table}_pkey` : `${table}_${cols.join("_")}_${suffix}`);
    return { table, name, columns: cols, unique: ix.type !== "normal", primary: ix.type === "id" };
  });

  const enums = dmmf.enums.map((e) => ({ name: e.dbName ?? e.name, values: e.values.map((v) => v.dbName ?? v.name) }));
  return { tables: [...tableOf.values()].sort(), columns, indexes, foreignKeys, enums };
}

function onDeleteRule(f: DmmfField): string {
  const rule = f.relationOnDelete ?? (f.isRequired ? "Restrict" : "SetNull");
  return { Cascade: "CASCADE", Restrict: "RESTRICT", SetNull: "SET NULL", NoAction: "NO ACTION", SetDefault: "SET DEFAULT" }[rule]!;
}
