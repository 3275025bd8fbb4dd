/** Value types of kubelet flags and config fields, as normalised in the shared data. */
export type ValueType =
  | 'bool' | 'string' | 'int' | 'uint' | 'int32' | 'int64' | 'uint32' | 'float64' | 'duration' | 'quantity' | 'ip'
  | 'stringSlice' | 'int32Slice' | 'mapStringString' | 'mapStringBool' | 'mapStringStringSlice' | 'mapStringQuantity'
  | 'colonSeparatedMultimapStringString' | 'taintSlice' | 'memoryReservationSlice' | 'vmoduleList' | 'version'
  | 'severity' | 'traceLocation' | 'base64' | 'object' | 'array' | 'time';

export type Scalar = string | number | boolean | null;
export type DataValue = Scalar | readonly DataValue[] | { readonly [key: string]: DataValue };

export interface KubeletFlagFact {
  readonly name: string;
  readonly type: ValueType;
  /** What the kubelet uses when the flag is absent and no --config file is given. */
  readonly default: DataValue;
  /** The KubeletConfiguration field the flag sets, as a dotted path. */
  readonly configField: string | null;
  /** Default of that field when a --config file is used (when it differs from `default`, it is secure). */
  readonly configDefault?: DataValue;
  readonly status: 'current' | 'deprecated' | 'removed';
  readonly deprecatedIn: string | null;
  readonly removedIn: string | null;
  /** `config:<path>` for a config-file replacement, otherwise a flag name or a short phrase. */
  readonly replacement: string | null;
  readonly enumValues: readonly string[] | null;
  readonly valueFormat?: string;
  readonly mapKeys?: readonly string[];
  readonly lastDefault?: DataValue;
}

export interface ConfigFieldFact {
  readonly path: string;
  readonly type: ValueType;
  readonly default: DataValue;
  readonly flag: string | null;
  readonly enumValues: readonly string[] | null;
  readonly mapKeys?: readonly string[];
  readonly featureGate?: string;
  readonly deprecatedIn?: string;
  readonly sinceVersion: string | null;
}

export interface KubeconfigFieldFact {
  readonly path: string;
  readonly type: ValueType;
  readonly required: boolean;
  readonly default: DataValue;
  readonly enumValues: readonly string[] | null;
  readonly deprecatedIn: string | null;
  readonly sinceVersion: string | null;
}

export interface CipherSuiteFact {
  readonly name: string;
  readonly id: string;
  readonly insecure: boolean;
  readonly tlsVersions: readonly string[];
}
