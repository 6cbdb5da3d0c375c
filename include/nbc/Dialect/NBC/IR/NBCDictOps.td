//===- NBCDictOps.td - Hash tables: dict and set -----------*- tablegen -*-===//

#ifndef NBC_DIALECT_NBC_IR_NBCDICTOPS_TD
#define NBC_DIALECT_NBC_IR_NBCDICTOPS_TD

include "nbc/Dialect/NBC/IR/NBCTypes.td"
include "nbc/Dialect/NBC/IR/NBCAttrs.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

class NBC_DictOp<string mnemonic, list<Trait> traits = []>
    : NBC_Op<mnemonic, traits # [
          DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]>;

/// The key type of a dict or set type.
defvar NBC_KeyTypeOf =
    "(::llvm::isa<::mlir::nbc::DictType>($_self) "
    "? ::llvm::cast<::mlir::nbc::DictType>($_self).getKeyType() "
    ": ::llvm::cast<::mlir::nbc::SetType>($_self).getKeyType())";

/// A key (or set item): a scalar or a tuple of scalars (`d[(i, j)]`); the
/// value `d.get(k, default)` reads is one too.
def NBC_DictKey : AnyTypeOf<[NBC_Scalar, NBC_ScalarTuple]>;
/// A dict value: a scalar, a tuple of scalars or an array.
def NBC_DictValue : AnyTypeOf<[NBC_Scalar, NBC_ScalarTuple, NBC_Array]>;

class NBC_KeyMatches<string tableName, string keyName>
    : TypesMatchWith<keyName # " is the key type", tableName, keyName,
                     NBC_KeyTypeOf>;
class NBC_ValueMatches<string dictName, string valueName>
    : TypesMatchWith<valueName # " is the dict's value type", dictName,
                     valueName,
                     "::llvm::cast<::mlir::nbc::DictType>($_self)"
                     ".getValueType()">;

def NBC_DictNewOp : NBC_DictOp<"dict_new"> {
  let summary = "new empty dict (`{}`, `dict()`) or set (`set()`)";
  let description = [{
    An empty table with room for 5 keys; insertions grow it. An allocation
    the allocator refuses raises `MemoryError`.

    ```mlir
    %d = nbc.dict_new : !nbc.dict<si64, f64>
    %s = nbc.dict_new : !nbc.set<f64>
    ```
  }];
  let results = (outs NBC_HashTable:$result);
  let assemblyFormat = "attr-dict `:` qualified(type($result))";
}

def NBC_DictInsertOp : NBC_DictOp<"dict_insert", [
    AllTypesMatch<["dict", "result"]>, NBC_KeyMatches<"dict", "key">,
    NBC_ValueMatches<"dict", "value">]> {
  let summary = "`d[k] = v`: the dict with `k` bound to `v`";
  let description = [{
    Replaces the value of an existing key (which keeps its place in the
    iteration order), else adds the key at the end. A full table moves to a
    bigger buffer, so the result is the dict from now on and `dict` must not
    be used again. An allocation the allocator refuses raises `MemoryError`.

    A tuple key or value is a tuple value (`nbc.make_tuple`), as a list of
    tuples' item.

    ```mlir
    %d2 = nbc.dict_insert %d[%k] = %v : !nbc.dict<si64, f64>
    %e2 = nbc.dict_insert %e[%ij] = %v : !nbc.dict<tuple<si64, si64>, f64>
    ```
  }];
  let arguments = (ins NBC_Dict:$dict, NBC_DictKey:$key,
                       NBC_DictValue:$value);
  let results = (outs NBC_Dict:$result);
  let assemblyFormat = "$dict `[` $key `]` `=` $value attr-dict `:` "
                       "qualified(type($dict))";
}

def NBC_SetAddOp : NBC_DictOp<"set_add", [
    AllTypesMatch<["set", "result"]>, NBC_KeyMatches<"set", "key">]> {
  let summary = "`s.add(k)`: the set with `k` in it";
  let description = [{
    As `nbc.dict_insert`: the result is the set from now on.

    ```mlir
    %s2 = nbc.set_add %s, %k : !nbc.set<si64>
    ```
  }];
  let arguments = (ins NBC_Set:$set, NBC_DictKey:$key);
  let results = (outs NBC_Set:$result);
  let assemblyFormat = "$set `,` $key attr-dict `:` qualified(type($set))";
}

def NBC_DictGetOp : NBC_DictOp<"dict_get", [
    NBC_KeyMatches<"dict", "key">, NBC_ValueMatches<"dict", "result">]> {
  let summary = "`d[k]`: the value of `k`, `KeyError` when missing";
  let description = [{
    A missing key raises `KeyError` whose message is the key's repr, as
    Python's (`KeyError: 3`); a tuple key's message is the repr of the
    1-tuple holding it (`((1, 2),)`), the args of Python's `KeyError((1, 2))`.

    ```mlir
    %v = nbc.dict_get %d[%k] : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_Dict:$dict, NBC_DictKey:$key);
  let results = (outs NBC_DictValue:$result);
  let assemblyFormat = "$dict `[` $key `]` attr-dict `:` qualified(type($dict))";
}

def NBC_DictGetOrOp : NBC_DictOp<"dict_get_or", [
    NBC_KeyMatches<"dict", "key">, NBC_ValueMatches<"dict", "fallback">,
    NBC_ValueMatches<"dict", "result">]> {
  let summary = "`d.get(k, default)`";
  let description = [{
    ```mlir
    %v = nbc.dict_get_or %d[%k], %zero : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_Dict:$dict, NBC_DictKey:$key,
                       NBC_DictKey:$fallback);
  let results = (outs NBC_DictKey:$result);
  let assemblyFormat = "$dict `[` $key `]` `,` $fallback attr-dict `:` "
                       "qualified(type($dict))";
}

def NBC_DictLookupSlotOp : NBC_DictOp<"dict_lookup_slot", [
    NBC_KeyMatches<"dict", "key">, NBC_ValueMatches<"dict", "result">,
    OptionalTypesMatchWith<"fallback is the dict's value type", "dict",
                           "fallback",
                           "::llvm::cast<::mlir::nbc::DictType>($_self)"
                           ".getValueType()">]> {
  let summary = "`d[k]` or `d.get(k, default)` that remembers where `k` is";
  let description = [{
    `nbc.dict_get` (no `fallback`: `KeyError` when `k` is missing) or
    `nbc.dict_get_or` (the `fallback` when missing), whose second result,
    `slot`, says where the lookup ended: the entry of `k`, or the free slot
    its insertion takes. `nbc.dict_store_slot` of the same dict and key
    uses it to bind `k` without a second lookup, so it is only valid while
    nothing writes the dict. Only `nbc-fuse-dict-updates` makes these ops,
    from a lookup and an insertion of one key with nothing writing between
    (`d[k] = d.get(k, 0) + 1`, `d[k] += x`).

    ```mlir
    %v, %at = nbc.dict_lookup_slot %d[%k], %zero : !nbc.dict<si64, si64>
    %w, %at2 = nbc.dict_lookup_slot %d[%k] : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_Dict:$dict, NBC_DictKey:$key,
                       Optional<NBC_DictKey>:$fallback);
  let results = (outs NBC_DictKey:$result, Index:$slot);
  let assemblyFormat = "$dict `[` $key `]` (`,` $fallback^)? attr-dict `:` "
                       "qualified(type($dict))";
}

def NBC_DictStoreSlotOp : NBC_DictOp<"dict_store_slot", [
    AllTypesMatch<["dict", "result"]>, NBC_KeyMatches<"dict", "key">,
    NBC_ValueMatches<"dict", "value">]> {
  let summary = "`d[k] = v` where `nbc.dict_lookup_slot` left `k`";
  let description = [{
    As `nbc.dict_insert`, with `slot` from the `nbc.dict_lookup_slot` of
    the same dict and key (checked), and nothing writing the dict since
    (the pass that makes these ops guarantees it): a present key's value is
    replaced in its entry, a missing key takes the free slot the lookup
    found (a full table still grows first). The result is the dict from
    now on.

    ```mlir
    %v, %at = nbc.dict_lookup_slot %d[%k], %zero : !nbc.dict<si64, si64>
    %v1 = nbc.add %v, %one : si64
    %d2 = nbc.dict_store_slot %d[%k] at %at = %v1 : !nbc.dict<si64, si64>
    ```
  }];
  let arguments = (ins NBC_Dict:$dict, NBC_DictKey:$key, Index:$slot,
                       NBC_DictKey:$value);
  let results = (outs NBC_Dict:$result);
  let assemblyFormat = "$dict `[` $key `]` `at` $slot `=` $value attr-dict "
                       "`:` qualified(type($dict))";
  let hasVerifier = 1;
}

def NBC_DictContainsOp : NBC_DictOp<"dict_contains", [
    NBC_KeyMatches<"table", "key">]> {
  let summary = "`k in d`, `k in s`";
  let description = [{
    ```mlir
    %in = nbc.dict_contains %d[%k] : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_HashTable:$table, NBC_DictKey:$key);
  let results = (outs I1:$result);
  let assemblyFormat = "$table `[` $key `]` attr-dict `:` "
                       "qualified(type($table))";
}

def NBC_DictRemoveOp : NBC_DictOp<"dict_remove", [
    NBC_KeyMatches<"table", "key">]> {
  let summary = "`del d[k]`, `s.discard(k)`, `s.remove(k)`";
  let description = [{
    Removes the key in place and returns whether it was there. With
    `required` a missing key raises `KeyError` as `nbc.dict_get` does
    (`del d[k]`, `s.remove(k)`).

    ```mlir
    %was = nbc.dict_remove %s[%k] : !nbc.set<si64>
    %had = nbc.dict_remove %d[%k] {required} : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_HashTable:$table, NBC_DictKey:$key,
                       UnitAttr:$required);
  let results = (outs I1:$result);
  let assemblyFormat = "$table `[` $key `]` attr-dict `:` "
                       "qualified(type($table))";
}

def NBC_DictLenOp : NBC_DictOp<"dict_len"> {
  let summary = "`len(d)`, `len(s)`";
  let description = [{
    ```mlir
    %n = nbc.dict_len %d : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_HashTable:$table);
  let results = (outs SI64:$result);
  let assemblyFormat = "$table attr-dict `:` qualified(type($table))";
  let builders = [OpBuilder<(ins "::mlir::Value":$table)>];
}

def NBC_DictKeyAtOp : NBC_DictOp<"dict_key_at", [
    TypesMatchWith<"result is the key type", "table", "result",
                   NBC_KeyTypeOf>]> {
  let summary = "the key inserted `i`-th among those present (iteration)";
  let description = [{
    Keys in insertion order, as `for k in d` visits them: `0 <= i <
    len(table)` must hold (the frontend's loop guarantees it; nothing is
    checked). A table that lost keys is compacted first, in place, so the
    op writes the table.

    ```mlir
    %k = nbc.dict_key_at %d[%i] : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_HashTable:$table, SI64:$index);
  let results = (outs NBC_DictKey:$result);
  let assemblyFormat = "$table `[` $index `]` attr-dict `:` "
                       "qualified(type($table))";
}

def NBC_DictValueAtOp : NBC_DictOp<"dict_value_at", [
    NBC_ValueMatches<"dict", "result">]> {
  let summary = "the value of the key `nbc.dict_key_at` gives for `i`";
  let description = [{
    ```mlir
    %v = nbc.dict_value_at %d[%i] : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_Dict:$dict, SI64:$index);
  let results = (outs NBC_DictValue:$result);
  let assemblyFormat = "$dict `[` $index `]` attr-dict `:` "
                       "qualified(type($dict))";
}

def NBC_DictClearOp : NBC_DictOp<"dict_clear"> {
  let summary = "`d.clear()`, `s.clear()`: removes every key in place";
  let description = [{
    The table keeps its buffer (and its room); iteration restarts empty.

    ```mlir
    nbc.dict_clear %d : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_HashTable:$table);
  let assemblyFormat = "$table attr-dict `:` qualified(type($table))";
}

def NBC_DictCopyOp : NBC_DictOp<"dict_copy", [
    AllTypesMatch<["table", "result"]>]> {
  let summary = "`d.copy()`, `s.copy()`: a new table with the same items";
  let description = [{
    A shallow copy (keys and values are scalars or tuples), in the same insertion
    order. An allocation the allocator refuses raises `MemoryError`.

    ```mlir
    %e = nbc.dict_copy %d : !nbc.dict<si64, f64>
    ```
  }];
  let arguments = (ins NBC_HashTable:$table);
  let results = (outs NBC_HashTable:$result);
  let assemblyFormat = "$table attr-dict `:` qualified(type($table))";
}

#endif // NBC_DIALECT_NBC_IR_NBCDICTOPS_TD
