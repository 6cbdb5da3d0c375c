//===- NBCDialect.td - The nbc dialect ---------------------*- tablegen -*-===//
//
// The dialect definition, its type constraints and the op base class.
//
//===----------------------------------------------------------------------===//

#ifndef NBC_DIALECT_NBC_IR_NBCDIALECT_TD
#define NBC_DIALECT_NBC_IR_NBCDIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def NBC_Dialect : Dialect {
  let name = "nbc";
  let summary = "Numba-style numeric kernels: Python scalar semantics, ranges, "
                "parallel ranges with reductions, ufuncs and array reductions";
  let description = [{
    The `nbc` dialect models what a Numba user writes in a `@njit` kernel.
    Values carry Python/NumPy types: `i1` is `bool`, `si8`…`si64` are
    `int8`…`int64`, `ui8`…`ui64` are `uint8`…`uint64`, `f32`/`f64` are
    `float32`/`float64`, `complex<f32>`/`complex<f64>` are
    `complex64`/`complex128`. Arrays are builtin ranked `memref`s of those element
    types, with strided layouts for views.

    Ops keep Python's semantics (floor division and modulo signs, `range`
    with any step, negative indexing, bounds checks) and raise Python
    exceptions through the error model described in `docs/Dialect.md`.
    Kernel options (`fastmath`, `error_model`, `parallel`) live in the
    `nbc.kernel` attribute of the enclosing function.
  }];
  let cppNamespace = "::mlir::nbc";
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::memref::MemRefDialect"];
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let hasOperationAttrVerify = 1;
  let hasCanonicalizer = 1;
  let extraClassDeclaration = [{
    /// Name of the function attribute that holds the kernel options.
    static constexpr ::llvm::StringLiteral getKernelAttrName() {
      return ::llvm::StringLiteral("nbc.kernel");
    }
  }];
}

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

def NBC_Int : Type<CPred<"::mlir::nbc::isNBCInteger($_self)">,
                   "signed or unsigned integer (si8..si64, ui8..ui64)">;
def NBC_Bool : Type<CPred<"$_self.isInteger(1)">, "bool (i1)">;
def NBC_Float : AnyTypeOf<[F32, F64]>;
def NBC_IntOrBool : AnyTypeOf<[NBC_Int, NBC_Bool]>;
def NBC_Number : AnyTypeOf<[NBC_Int, NBC_Float]>;
def NBC_Complex : Type<CPred<"::mlir::nbc::isNBCComplex($_self)">,
                       "complex<f32> or complex<f64>", "::mlir::ComplexType">;
/// What `+`, `-`, `*` and `**` accept: every number, complex included.
def NBC_Arith : AnyTypeOf<[NBC_Int, NBC_Float, NBC_Complex]>;
def NBC_Inexact : AnyTypeOf<[NBC_Float, NBC_Complex]>;
def NBC_Scalar : Type<CPred<"::mlir::nbc::isNBCScalar($_self)">,
                      "nbc scalar (bool, si8..si64, ui8..ui64, f32, f64, "
                      "complex<f32>, complex<f64>)">;
def NBC_Array : Type<CPred<"::mlir::nbc::isNBCArray($_self)">,
                     "ranked memref of nbc scalars", "::mlir::MemRefType">;
def NBC_ScalarOrArray : AnyTypeOf<[NBC_Scalar, NBC_Array]>;
def NBC_ScalarTuple : Type<CPred<"::mlir::nbc::isNBCScalarTuple($_self)">,
                           "tuple of nbc scalars (complex excepted)",
                           "::mlir::TupleType">;
/// What a list holds: a scalar, an array or a tuple of scalars.
// A list of scalars as an item: a list of lists (isNBCListElement).
def NBC_ScalarListItem : Type<CPred<"::llvm::isa<::mlir::nbc::ListType>($_self) && "
                                    "::mlir::nbc::isNBCScalar(::llvm::cast<"
                                    "::mlir::nbc::ListType>($_self).getElementType())">,
                              "nbc list of scalars">;
def NBC_ListItem : AnyTypeOf<[NBC_Scalar, NBC_Array, NBC_ScalarTuple,
                              NBC_ScalarListItem]>;

//===----------------------------------------------------------------------===//
// Base classes
//===----------------------------------------------------------------------===//

class NBC_Op<string mnemonic, list<Trait> traits = []>
    : Op<NBC_Dialect, mnemonic, traits>;

class NBC_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<NBC_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

#endif // NBC_DIALECT_NBC_IR_NBCDIALECT_TD
