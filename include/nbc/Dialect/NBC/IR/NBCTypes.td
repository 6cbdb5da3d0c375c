//===- NBCTypes.td - Types of the nbc dialect --------------*- tablegen -*-===//
//
// Scalars and arrays are builtin types (signed/unsigned integers, floats,
// memrefs); the dialect adds the homogeneous list.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCTYPES_TD
#define NBC_DIALECT_NBC_IR_NBCTYPES_TD

include "nbc/Dialect/NBC/IR/NBCDialect.td"

class NBC_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<NBC_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def NBC_ListType : NBC_Type<"List", "list"> {
  let summary = "a growable homogeneous list of nbc scalars or arrays (Python's `list`)";
  let description = [{
    A Python list whose items all have one nbc scalar type, as the lists a
    Numba kernel builds (`l = []`, `l.append(x)`, `[f(i) for i in range(n)]`).

    A list value refers to a buffer: `nbc.list_set` and `nbc.list_pop`
    change it in place, while `nbc.list_append` may move the items to a
    bigger buffer, so it returns the list and its operand must not be used
    afterwards (as `memref.realloc`). Lowering (convert-nbc-to-core) makes
    the buffer a `memref<?xi8>`: the length (i64) in bytes 0..8, the items
    from byte 16, the capacity given by the buffer's size; growth doubles
    the capacity. Buffers are freed like arrays, by the ownership-based
    buffer deallocation, on every path (the raising ones too).

    The items may also be arrays of one dtype and rank: the element type is
    then a contiguous memref with dynamic sizes (`memref<?x?xf64>`), and the
    list owns copies of its items, stored in its own buffer: the length, the
    slot capacity and the bytes used (i64s) in bytes 0..24, then one slot
    per item (the data's byte offset and the sizes, i64s), then the items'
    data, each 16-byte aligned. `nbc.list_get` gives a view of an item (a
    write through it changes the item), so one buffer is all there is to
    free and the same deallocation frees it.

    ```mlir
    !nbc.list<f64>
    !nbc.list<memref<?x?xf32>>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
  let genVerifyDecl = 1;
}

def NBC_List : Type<CPred<"::llvm::isa<::mlir::nbc::ListType>($_self)">,
                    "nbc list", "::mlir::nbc::ListType">;

def NBC_DictType : NBC_Type<"Dict", "dict"> {
  let summary = "a hash table from nbc scalars (or tuples of them) to nbc "
                "scalars, tuples or arrays (Python's `dict`)";
  let description = [{
    A Python dict whose keys have one nbc scalar type and values another,
    as Numba's typed dict. Iteration follows insertion order. Float keys
    compare as numbers: `-0.0` and `0.0` are one key, and a NaN never equals
    anything (Python finds a NaN key only by identity).

    Keys may be tuples of up to 4 scalars (`d[(i, j)]`), compared field by
    field as above; values may be tuples of up to 4 scalars too, or arrays
    (with scalar keys).

    Like a list, a dict value refers to a buffer that an insertion may move
    to a bigger one: `nbc.dict_insert` returns the dict and its operand must
    not be used afterwards. Lowering (convert-nbc-to-core) makes the buffer
    a `memref<?xi8>` holding the open-addressing table of lib/Runtime/Dict.c;
    it is freed like arrays, by the ownership-based buffer deallocation.

    ```mlir
    !nbc.dict<si64, f64>
    !nbc.dict<tuple<si64, si64>, tuple<f64, si64>>
    ```
  }];
  let parameters = (ins "::mlir::Type":$keyType, "::mlir::Type":$valueType);
  let assemblyFormat = "`<` $keyType `,` $valueType `>`";
  let genVerifyDecl = 1;
}

def NBC_SetType : NBC_Type<"Set", "set"> {
  let summary = "a hash set of nbc scalars (Python's `set`)";
  let description = [{
    A Python set of one nbc scalar type, or of tuples of up to 4 scalars:
    a `!nbc.dict` without values (the
    same table, the same key rules, the same lowering). Iteration follows
    insertion order (Python's order is unspecified).

    ```mlir
    !nbc.set<si64>
    ```
  }];
  let parameters = (ins "::mlir::Type":$keyType);
  let assemblyFormat = "`<` $keyType `>`";
  let genVerifyDecl = 1;
}

def NBC_ExceptionType : NBC_Type<"Exception", "exception"> {
  let summary = "an exception held pending (or none), as `nbc.try pending` "
                "leaves it for `nbc.reraise`";
  let description = [{
    What a `try` statement's `finally` block runs with: the exception its
    body (or an `except` clause) raised and nothing caught, kind and
    message, or none. nbc-lower-errors makes it the status of
    docs/ErrorModel.md (a message address, null for none).

    ```mlir
    !nbc.exception
    ```
  }];
}

def NBC_Dict : Type<CPred<"::llvm::isa<::mlir::nbc::DictType>($_self)">,
                    "nbc dict", "::mlir::nbc::DictType">;
def NBC_Set : Type<CPred<"::llvm::isa<::mlir::nbc::SetType>($_self)">,
                   "nbc set", "::mlir::nbc::SetType">;
def NBC_HashTable : Type<CPred<"::llvm::isa<::mlir::nbc::DictType, "
                               "::mlir::nbc::SetType>($_self)">,
                         "nbc dict or set">;

#endif // NBC_DIALECT_NBC_IR_NBCTYPES_TD
