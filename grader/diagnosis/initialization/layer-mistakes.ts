// Mistakes in which layers are built: a loop range off by one, layer sizes or count fixed in the code.
import { formatDims } from "../../checks/evidence/format.js";
import type { Tolerance } from "../../rubric/types.js";
import { sameEntry } from "../equality.js";
import type { DiagnosisCase, KeyRef, Mistake } from "../types.js";
import { type InitializerFamily, variant } from "./family.js";
import { isLayerRange, parseLayerKey } from "./layer-keys.js";
import { type LayerLoop, simulate } from "./recipe.js";

// for l in range(1, L): the last layer is never built.
export function missingLastLayer(family: InitializerFamily): Mistake {
  return loopMistake(
    family,
    { first: 1, dropLast: true },
    {
      id: "missing-last-layer",
      title: "a missing last layer",
      fix: "Loop over range(1, L + 1) with L = len(layers_dims) − 1: range(1, L) stops one layer early.",
      matches: (c, L) => isLayerRange(c.observed.keys, 1, L - 1),
      evidence: (c, L) =>
        L === 1
          ? `for ${formatDims(c.layersDims)} the dict is empty; expected W1 and b1`
          : `for ${formatDims(c.layersDims)} the keys stop at W${L - 1} and b${L - 1}; expected up to W${L} and b${L}`,
    },
  );
}

// for l in range(2, L + 1): the first layer is never built.
export function missingFirstLayer(family: InitializerFamily): Mistake {
  return loopMistake(
    family,
    { first: 2, dropLast: false },
    {
      id: "missing-first-layer",
      title: "a missing first layer",
      fix: "Start the loop at l = 1: W1 connects the input layer (layers_dims[0]) to the first hidden layer.",
      matches: (c, L) => L >= 2 && isLayerRange(c.observed.keys, 2, L),
      evidence: (c) =>
        `for ${formatDims(c.layersDims)} the keys start at W2 and b2; expected W1 and b1 first`,
    },
  );
}

// for l in range(L + 1): an extra W0, b0 built from layers_dims[-1].
export function extraLayer(family: InitializerFamily): Mistake {
  return loopMistake(
    family,
    { first: 0, dropLast: false },
    {
      id: "extra-layer",
      title: "an extra layer",
      fix: "Loop over range(1, L + 1), not range(L + 1): l = 0 builds W0 from layers_dims[-1], Python's last element, and its draws shift every later layer.",
      matches: (c, L) => isLayerRange(c.observed.keys, 0, L),
      evidence: (c) => `for ${formatDims(c.layersDims)} the output also has W0 and b0`,
    },
  );
}

// The course's example sizes or layer count written into the code.
export function hardCoded(family: InitializerFamily): Mistake {
  const example = family.publicInputs[0];
  return {
    id: "hard-coded-sizes",
    title: "hard-coded layer sizes",
    fix: "Take the number of layers from len(layers_dims) and each size from layers_dims[l]: the grader also calls the function with networks other than the course's examples.",
    produce: () => simulate(family.recipe, example),
    fallback: false,
    detect: (cases, tol) => {
      const explains: KeyRef[] = [];
      let evidence = "";
      cases.forEach((c, caseIndex) => {
        const found = c.differing.length === 0 ? undefined : hardCodedEvidence(family, c, tol);
        if (found === undefined) return;
        for (const key of c.differing) explains.push({ caseIndex, key });
        if (evidence === "") evidence = found;
      });
      return explains.length === 0 ? null : { explains, evidence };
    },
  };
}

function hardCodedEvidence(family: InitializerFamily, c: DiagnosisCase, tol: Tolerance): string | undefined {
  const dims = formatDims(c.layersDims);
  const L = c.layersDims.length - 1;
  for (const example of family.publicInputs) {
    if (formatDims(example) === dims) continue;
    const exampleL = example.length - 1;
    if (followsDims(c, example, exampleL)) {
      const output = simulate(family.recipe, example);
      const exact = output.keys.every((key) => sameEntry(c.observed, output, key, tol));
      return exact
        ? `for ${dims} the output is exactly the one for the course's example ${formatDims(example)}`
        : `for ${dims} the output has the shapes of the course's example ${formatDims(example)}`;
    }
    if (exampleL < L && followsDims(c, c.layersDims, exampleL)) {
      return `for ${dims} the output has ${exampleL} layers, as for the course's example ${formatDims(example)}, instead of ${L}`;
    }
  }
  return undefined;
}

// Whether the output has exactly the keys W1, b1 … W_count, b_count with the shapes these sizes give.
function followsDims(c: DiagnosisCase, dims: readonly number[], count: number): boolean {
  if (!isLayerRange(c.observed.keys, 1, count)) return false;
  return c.observed.keys.every((key) => {
    const k = parseLayerKey(key);
    const shape = c.observed.arrays.get(key)?.shape;
    if (k === undefined || shape === undefined || shape.length !== 2) return false;
    return shape[0] === dims[k.l] && shape[1] === (k.kind === "W" ? dims[k.l - 1] : 1);
  });
}

interface LoopRule {
  readonly id: string;
  readonly title: string;
  readonly fix: string;
  readonly matches: (c: DiagnosisCase, L: number) => boolean;
  readonly evidence: (c: DiagnosisCase, L: number) => string;
}

// A loop-range mistake explains every differing key, when every input's keys are exactly that range.
function loopMistake(family: InitializerFamily, loop: LayerLoop, rule: LoopRule): Mistake {
  const recipe = variant(family, { loop });
  return {
    id: rule.id,
    title: rule.title,
    fix: rule.fix,
    produce: (dims) => simulate(recipe, dims),
    fallback: false,
    detect: (cases) => {
      // A wrong loop range changes the keys of every input, so it must fit every input.
      if (!cases.every((c) => rule.matches(c, c.layersDims.length - 1))) return null;
      const explains: KeyRef[] = [];
      let evidence = "";
      cases.forEach((c, caseIndex) => {
        const L = c.layersDims.length - 1;
        for (const key of c.differing) explains.push({ caseIndex, key });
        if (evidence === "") evidence = rule.evidence(c, L);
      });
      return explains.length === 0 ? null : { explains, evidence };
    },
  };
}
