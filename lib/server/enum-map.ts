// Domain code spells enum values as the database stores them ("unauthorized-spend");
// Prisma's client names them with underscores ("unauthorized_spend"). These two functions
// are the only bridge between the spellings.
export const toPrismaEnum = <T extends string>(value: string) => value.replace(/-/g, "_") as T;
export const fromPrismaEnum = <T extends string>(value: string) => value.replace(/_/g, "-") as T;
