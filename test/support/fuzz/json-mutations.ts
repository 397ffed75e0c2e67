import fc from 'fast-check';

/** Values the fuzz knows to name real things (a campaign, a partner, a link), by field or parameter name. */
export type KnownValues = Readonly<Record<string, readonly string[]>>;

type Path = readonly (string | number)[];
type Place = { path: Path; value: unknown };
type Mutation = (value: unknown) => unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every place in a JSON value, the value itself first. */
function placesIn(value: unknown, path: Path = []): Place[] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : isObject(value)
      ? Object.entries(value)
      : [];
  return [{ path, value }, ...children.flatMap(([step, child]) => placesIn(child, [...path, step]))];
}

/** The value with what is at `path` replaced by what `change` makes of it; undefined leaves a field out. */
function changedAt(value: unknown, path: Path, change: Mutation): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return change(value);
  if (Array.isArray(value))
    return value.map((item, index) => (index === step ? changedAt(item, rest, change) : item));
  if (!isObject(value)) return value;
  // Built from entries, so that a field named __proto__ is a field, not the object's prototype.
  return Object.fromEntries(
    Object.entries(value)
      .map(([key, field]) => [key, key === step ? changedAt(field, rest, change) : field])
      .filter(([, field]) => field !== undefined),
  );
}

const withField =
  (key: string, field: unknown): Mutation =>
  (value) =>
    isObject(value) ? Object.fromEntries([...Object.entries(value), [key, field]]) : value;

const resized =
  (length: number): Mutation =>
  (value) =>
    Array.isArray(value) ? Array.from({ length }, (_, index) => value[index % value.length] ?? null) : value;

const placeOf = (places: Place[]) => fc.constantFrom(...places.map((place) => place.path));

/**
 * A JSON value as it may be sent in place of a well-formed one: its fields that name something
 * known mostly name it (so that the request reaches the code behind the validation), then up to
 * three changes: a field replaced by one of `replacements`, left out, an unknown one added; and a list
 * emptied, doubled, or grown past the 1,000 items a batch takes.
 */
export function mutatedJson(
  wellFormed: unknown,
  known: KnownValues,
  replacements: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const places = placesIn(wellFormed);
  const named = places.flatMap(({ path, value }) => {
    const values = known[String(path.at(-1))];
    return values && values.length > 0 ? [{ path, values, own: value }] : [];
  });
  const knownNamed = fc
    .tuple(
      ...named.map(({ path, values, own }) =>
        fc
          .oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, fc.constant(own))
          .map((value) => ({ path, value })),
      ),
    )
    .map((chosen) =>
      chosen.reduce((json, { path, value }) => changedAt(json, path, () => value), wellFormed),
    );

  const objects = places.filter(({ value }) => isObject(value));
  const lists = places.filter(({ value }) => Array.isArray(value));
  // A list is resized before the other changes, so that no hostile value is copied a thousand times.
  const resizing: fc.Arbitrary<Mutation[]> =
    lists.length > 0
      ? fc.array(
          fc.tuple(placeOf(lists), fc.constantFrom(0, 2, 1_001)).map(
            ([path, length]) =>
              (json: unknown) =>
                changedAt(json, path, resized(length)),
          ),
          { maxLength: 1 },
        )
      : fc.constant([]);
  const edits: fc.Arbitrary<Mutation>[] = [
    fc.tuple(placeOf(places), replacements).map(
      ([path, replacement]) =>
        (json) =>
          changedAt(json, path, () => replacement),
    ),
    ...(places.length > 1
      ? [placeOf(places.slice(1)).map((path) => (json: unknown) => changedAt(json, path, () => undefined))]
      : []),
    ...(objects.length > 0
      ? [
          fc
            .tuple(
              placeOf(objects),
              fc.constantFrom('unknownField', '__proto__', 'constructor', ''),
              fc.jsonValue(),
            )
            .map(
              ([path, key, field]) =>
                (json: unknown) =>
                  changedAt(json, path, withField(key, field)),
            ),
        ]
      : []),
  ];
  return fc
    .tuple(knownNamed, resizing, fc.array(fc.oneof(...edits), { maxLength: 3 }))
    .map(([json, resizes, changes]) =>
      [...resizes, ...changes].reduce((changed, change) => change(changed), json),
    );
}
