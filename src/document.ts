// The output type, CampaignDocument schema v1 (DESIGN.md), defined once as a JSON Schema
// from which both the TypeScript type and the validator are derived.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const DOCUMENT_TYPES = [
  'ke-hoach',
  'phat-dong',
  'quyet-dinh',
  'thong-bao',
  'bao-cao',
  'cong-van',
  'tin-bai',
  'khac',
] as const;

export const SourceSchema = Type.Object(
  {
    path: Type.String(),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    kind: Type.Union([Type.Literal('pdf'), Type.Literal('image'), Type.Literal('text')]),
    pages: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);

export const HeaderSchema = Type.Object(
  {
    nationalTitle: Nullable(Type.String()),
    motto: Nullable(Type.String()),
    issuer: Nullable(
      Type.Object({ parent: Nullable(Type.String()), name: Type.String() }, { additionalProperties: false }),
    ),
    number: Nullable(Type.String()),
    place: Nullable(Type.String()),
    date: Nullable(IsoDate),
    dateText: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const SectionSchema = Type.Recursive(
  (Self) =>
    Type.Object(
      {
        label: Type.String(),
        heading: Nullable(Type.String()),
        level: Type.Integer({ minimum: 1 }),
        text: Type.String(),
        children: Type.Array(Self),
      },
      { additionalProperties: false },
    ),
  { $id: 'Section' },
);

export const ReferenceSchema = Type.Object(
  {
    type: Type.String(),
    number: Nullable(Type.String()),
    date: Nullable(IsoDate),
    issuer: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const CampaignSchema = Type.Object(
  {
    name: Nullable(Type.String()),
    period: Nullable(
      Type.Object({ from: Nullable(IsoDate), to: Nullable(IsoDate) }, { additionalProperties: false }),
    ),
    awards: Type.Array(Type.String()),
  },
  { additionalProperties: false },
);

export const SignatureSchema = Type.Object(
  {
    authority: Nullable(Type.String()),
    position: Nullable(Type.String()),
    name: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const PageSchema = Type.Object(
  {
    number: Type.Integer({ minimum: 1 }),
    source: Type.Union([Type.Literal('ocr'), Type.Literal('text-layer'), Type.Literal('text')]),
    confidence: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
    text: Type.String(),
  },
  { additionalProperties: false },
);

export const QualitySchema = Type.Object(
  {
    ocrConfidence: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
    syllables: Type.Integer({ minimum: 0 }),
    changed: Type.Integer({ minimum: 0 }),
    unknown: Type.Integer({ minimum: 0 }),
    lowConfidence: Type.Array(
      Type.Object(
        { page: Type.Integer({ minimum: 1 }), text: Type.String(), confidence: Type.Number() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const CampaignDocumentSchema = Type.Object(
  {
    schemaVersion: Type.Literal('1'),
    id: Type.String({ pattern: '^doc-[0-9a-f]{16}$' }),
    source: SourceSchema,
    documentType: Type.Union(DOCUMENT_TYPES.map((t) => Type.Literal(t))),
    header: HeaderSchema,
    title: Nullable(Type.String()),
    preamble: Nullable(Type.String()),
    sections: Type.Array(SectionSchema),
    references: Type.Array(ReferenceSchema),
    campaign: Nullable(CampaignSchema),
    recipients: Type.Array(Type.String()),
    signature: Nullable(SignatureSchema),
    text: Type.String(),
    pages: Type.Array(PageSchema),
    quality: QualitySchema,
  },
  {
    $id: 'https://hoso.invalid/schema/campaign-document-v1.json',
    title: 'CampaignDocument',
    description: 'A Vietnamese administrative document, restored and structured by hoso (schema v1).',
    additionalProperties: false,
  },
);

export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type Section = Static<typeof SectionSchema>;
export type Header = Static<typeof HeaderSchema>;
export type Reference = Static<typeof ReferenceSchema>;
export type Campaign = Static<typeof CampaignSchema>;
export type Signature = Static<typeof SignatureSchema>;
export type PageRecord = Static<typeof PageSchema>;
export type Quality = Static<typeof QualitySchema>;
export type CampaignDocument = Static<typeof CampaignDocumentSchema>;

const compiled = TypeCompiler.Compile(CampaignDocumentSchema);

/** The JSON Schema of schema v1, as `hoso schema` prints it. */
export function documentJsonSchema(): object {
  return JSON.parse(JSON.stringify(CampaignDocumentSchema)) as object;
}

/** Validation errors as "path: message" lines; empty when the document is valid. */
export function validateDocument(value: unknown): string[] {
  if (compiled.Check(value)) return [];
  return [...compiled.Errors(value)].slice(0, 20).map((e) => `${e.path || '/'}: ${e.message}`);
}

/** Serialization used for every output: stable key order comes from construction; 2-space indent. */
export function serializeDocument(doc: CampaignDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function emptyHeader(): Header {
  return { nationalTitle: null, motto: null, issuer: null, number: null, place: null, date: null, dateText: null };
}
