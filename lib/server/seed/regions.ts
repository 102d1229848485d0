import type { PrismaClient } from "../../generated/prisma/client";
import type { Nation } from "../../generated/prisma/enums";
import { REGIONS } from "../../domain/regions";
import { toPrismaEnum } from "../enum-map";

/** Inserts or refreshes every police force area. Safe to run on every start. */
export async function seedRegions(prisma: PrismaClient): Promise<number> {
  await prisma.$transaction(
    REGIONS.map((r) => {
      const data = {
        name: r.name,
        nameCy: r.nameCy,
        nation: toPrismaEnum<Nation>(r.nation),
        onsCode: r.onsCode,
        tileX: r.tileX,
        tileY: r.tileY,
      };
      return prisma.region.upsert({ where: { id: r.id }, create: { id: r.id, ...data }, update: data });
    }),
  );
  return REGIONS.length;
}
