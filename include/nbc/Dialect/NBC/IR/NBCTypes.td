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
  let summary = "a growable homogeneous list of nbc scalars (Python's `list`)";
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

    ```mlir
    !nbc.list<f64>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
  let genVerifyDecl = 1;
}

def NBC_List : Type<CPred<"::llvm::isa<::mlir::nbc::ListType>($_self)">,
                    "nbc list", "::mlir::nbc::ListType">;

#endif // NBC_DIALECT_NBC_IR_NBCTYPES_TD
