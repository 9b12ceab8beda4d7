import fs from "node:fs";
import { compareSubjects } from "../src/aggregation/compare.js";
const { counties, data } = JSON.parse(fs.readFileSync("/tmp/prof/compare-input.json", "utf8"));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let round = 0; round < 5; round++) { const c0 = cpu(); for (let i = 0; i < 200; i++) compareSubjects(counties, data); console.log(((cpu() - c0) / 200).toFixed(3), "ms"); }
const same = JSON.stringify(compareSubjects(counties, data)) === fs.readFileSync("/tmp/prof/compare-output.json", "utf8");
console.log("same output", same);
