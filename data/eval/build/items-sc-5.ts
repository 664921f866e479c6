import type { ItemSource } from "./dsl";
export const items: ItemSource[] = [];
