//===- Values.cpp - nbc-run's literals, .npy files and printing -----------===//

#include "Values.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

using namespace llvm;
using namespace nbcrun;

NbcDType nbcrun::parseDType(StringRef name) {
  return StringSwitch<NbcDType>(name.trim())
      .Cases({"bool", "i1", "b1"}, NbcDTypeBool)
      .Cases({"i8", "si8", "int8"}, NbcDTypeInt8)
      .Cases({"i16", "si16", "int16"}, NbcDTypeInt16)
      .Cases({"i32", "si32", "int32"}, NbcDTypeInt32)
      .Cases({"i64", "si64", "int64", "int"}, NbcDTypeInt64)
      .Cases({"u8", "ui8", "uint8"}, NbcDTypeUInt8)
      .Cases({"u16", "ui16", "uint16"}, NbcDTypeUInt16)
      .Cases({"u32", "ui32", "uint32"}, NbcDTypeUInt32)
      .Cases({"u64", "ui64", "uint64"}, NbcDTypeUInt64)
      .Cases({"f32", "float32"}, NbcDTypeFloat32)
      .Cases({"f64", "float64", "float"}, NbcDTypeFloat64)
      .Case("index", NbcDTypeIndex)
      .Default(NbcDTypeInvalid);
}

static const char *dtypeName(NbcDType dtype) {
  switch (dtype) {
  case NbcDTypeBool: return "bool";
  case NbcDTypeInt8: return "i8";
  case NbcDTypeInt16: return "i16";
  case NbcDTypeInt32: return "i32";
  case NbcDTypeInt64: return "i64";
  case NbcDTypeUInt8: return "u8";
  case NbcDTypeUInt16: return "u16";
  case NbcDTypeUInt32: return "u32";
  case NbcDTypeUInt64: return "u64";
  case NbcDTypeFloat32: return "f32";
  case NbcDTypeFloat64: return "f64";
  case NbcDTypeIndex: return "index";
  default: return "invalid";
  }
}

static bool isFloat(NbcDType d) {
  return d == NbcDTypeFloat32 || d == NbcDTypeFloat64;
}
static bool isUnsigned(NbcDType d) {
  return d >= NbcDTypeUInt8 && d <= NbcDTypeUInt64;
}

Expected<Scalar> nbcrun::parseScalar(StringRef text, NbcDType dtype) {
  text = text.trim();
  Scalar s;
  std::memset(&s, 0, sizeof(s));
  auto bad = [&](const Twine &why) {
    return createStringError("'" + text + "' is not " + why);
  };
  if (dtype == NbcDTypeBool) {
    if (text == "1" || text.equals_insensitive("true")) {
      s.b = 1;
      return s;
    }
    if (text == "0" || text.equals_insensitive("false"))
      return s;
    return bad("a bool (true/false/1/0)");
  }
  if (isFloat(dtype)) {
    std::string str = text.str();
    char *end = nullptr;
    errno = 0;
    double v = std::strtod(str.c_str(), &end);
    if (str.empty() || *end)
      return bad(Twine("a number of type ") + dtypeName(dtype));
    if (dtype == NbcDTypeFloat32)
      s.f32 = float(v);
    else
      s.f64 = v;
    return s;
  }
  size_t size = nbcDTypeGetSize(dtype);
  if (!size)
    return bad("of a supported type");
  unsigned bits = 8 * size;
  if (isUnsigned(dtype)) {
    uint64_t v;
    if (text.getAsInteger(0, v))
      return bad(Twine("an integer of type ") + dtypeName(dtype));
    if (bits < 64 && v >> bits)
      return bad(Twine("in the range of ") + dtypeName(dtype));
    s.u64 = v;
    if (bits == 8) s.u8 = uint8_t(v);
    if (bits == 16) s.u16 = uint16_t(v);
    if (bits == 32) s.u32 = uint32_t(v);
    return s;
  }
  int64_t v;
  if (text.getAsInteger(0, v))
    return bad(Twine("an integer of type ") + dtypeName(dtype));
  if (bits < 64 &&
      (v < -(int64_t(1) << (bits - 1)) || v >= (int64_t(1) << (bits - 1))))
    return bad(Twine("in the range of ") + dtypeName(dtype));
  switch (bits) {
  case 8: s.i8 = int8_t(v); break;
  case 16: s.i16 = int16_t(v); break;
  case 32: s.i32 = int32_t(v); break;
  default: s.i64 = v; break;
  }
  return s;
}

void Array::allocate(NbcDType type, std::vector<int64_t> dims,
                     bool fortranOrder) {
  dtype = type;
  shape = std::move(dims);
  int64_t count = 1;
  for (int64_t d : shape)
    count *= d;
  size_t bytes = size_t(count) * nbcDTypeGetSize(dtype);
  // 64-byte alignment as NumPy gives for large arrays.
  storage.reset(new uint8_t[bytes + 64]());
  data = storage.get() + (64 - reinterpret_cast<uintptr_t>(storage.get()) % 64);
  strides.assign(shape.size(), 1);
  if (fortranOrder) {
    for (size_t d = 1; d < shape.size(); ++d)
      strides[d] = strides[d - 1] * shape[d - 1];
  } else {
    for (size_t d = shape.size(); d-- > 1;)
      strides[d - 1] = strides[d] * shape[d];
  }
  buildDescriptor();
}

void Array::makeCContiguous() {
  int64_t expected = 1;
  bool contiguous = true;
  for (size_t d = shape.size(); d-- > 0;) {
    contiguous &= shape[d] == 1 || strides[d] == expected;
    expected *= shape[d];
  }
  if (contiguous)
    return;
  Array copy;
  copy.allocate(dtype, shape);
  size_t size = nbcDTypeGetSize(dtype);
  std::vector<int64_t> index(shape.size(), 0);
  for (int64_t flat = 0; flat < expected; ++flat) {
    int64_t at = 0;
    for (size_t d = 0; d < shape.size(); ++d)
      at += index[d] * strides[d];
    std::memcpy(copy.data + flat * size, data + at * size, size);
    for (size_t d = shape.size(); d-- > 0;) {
      if (++index[d] < shape[d])
        break;
      index[d] = 0;
    }
  }
  *this = std::move(copy);
}

void Array::buildDescriptor() {
  int32_t rank = int32_t(shape.size());
  descriptor.assign(nbcMemRefDescriptorSize(rank) / sizeof(int64_t), 0);
  nbcMemRefDescriptorInit(descriptor.data(), rank, data, data, 0,
                          shape.data(), strides.data());
}

namespace {
/// Recursive-descent reader of nested list literals.
struct ListParser {
  StringRef text;
  size_t pos = 0;
  std::vector<std::string> elements;
  std::vector<int64_t> shape;

  void skip() {
    while (pos < text.size() && isSpace(text[pos]))
      ++pos;
  }
  Error fail(const Twine &why) {
    return createStringError("in array literal '" + text + "' at column " +
                             Twine(pos + 1) + ": " + why);
  }
  Error parseList(size_t depth) {
    skip();
    if (pos >= text.size() || text[pos] != '[')
      return fail("expected '['");
    ++pos;
    int64_t count = 0;
    skip();
    if (pos < text.size() && text[pos] == ']') {
      ++pos;
      return setExtent(depth, 0);
    }
    while (true) {
      skip();
      if (pos < text.size() && text[pos] == '[') {
        if (Error e = parseList(depth + 1))
          return e;
      } else {
        if (depth + 1 < shape.size())
          return fail("expected a nested list");
        size_t start = pos;
        while (pos < text.size() && text[pos] != ',' && text[pos] != ']')
          ++pos;
        StringRef element = text.slice(start, pos).trim();
        if (element.empty())
          return fail("expected a number");
        elements.push_back(element.str());
        if (Error e = setLeafDepth(depth))
          return e;
      }
      ++count;
      skip();
      if (pos < text.size() && text[pos] == ',') {
        ++pos;
        continue;
      }
      if (pos < text.size() && text[pos] == ']') {
        ++pos;
        return setExtent(depth, count);
      }
      return fail("expected ',' or ']'");
    }
  }
  // The depth where numbers appear fixes the rank.
  size_t leafDepth = SIZE_MAX;
  Error setLeafDepth(size_t depth) {
    if (leafDepth == SIZE_MAX)
      leafDepth = depth;
    if (leafDepth != depth)
      return fail("ragged nesting");
    return Error::success();
  }
  Error setExtent(size_t depth, int64_t count) {
    if (shape.size() <= depth)
      shape.resize(depth + 1, -1);
    if (shape[depth] == -1)
      shape[depth] = count;
    else if (shape[depth] != count)
      return fail("rows of different lengths (not rectangular)");
    return Error::success();
  }
};
} // namespace

/// Splits a `:dtype` suffix off `body` (the value of `text`), checking it
/// against the kernel's `dtype` (NbcDTypeInvalid: anything goes).
static Error takeDTypeSuffix(StringRef text, StringRef &body, NbcDType &dtype,
                             bool afterList) {
  size_t colon = body.rfind(':');
  // After a list literal, the suffix follows its closing bracket.
  if (colon == StringRef::npos || (afterList && !(body.rfind(']') < colon)))
    return Error::success();
  StringRef suffix = body.drop_front(colon + 1);
  NbcDType given = parseDType(suffix);
  if (given == NbcDTypeInvalid)
    return createStringError("unknown dtype '" + suffix + "' in '" + text +
                             "'");
  if (dtype != NbcDTypeInvalid && given != dtype)
    return createStringError("'" + text + "' has dtype " + dtypeName(given) +
                             ", the kernel expects " + dtypeName(dtype));
  dtype = given;
  body = body.take_front(colon).trim();
  return Error::success();
}

Error nbcrun::parseArrayLiteral(StringRef text, NbcDType dtype, Array &out) {
  StringRef body = text.trim();
  if (Error e = takeDTypeSuffix(text, body, dtype, /*afterList=*/true))
    return e;
  ListParser parser;
  parser.text = body;
  if (Error e = parser.parseList(0))
    return e;
  parser.skip();
  if (parser.pos != body.size())
    return parser.fail("unexpected text after the literal");
  std::vector<int64_t> shape = parser.shape;
  for (int64_t &d : shape)
    d = d < 0 ? 0 : d;
  out.allocate(dtype, shape);
  size_t size = nbcDTypeGetSize(dtype);
  for (size_t i = 0; i < parser.elements.size(); ++i) {
    auto value = parseScalar(parser.elements[i], dtype);
    if (!value)
      return value.takeError();
    std::memcpy(out.data + i * size, &*value, size);
  }
  return Error::success();
}

Error nbcrun::parseRank0Literal(StringRef text, NbcDType dtype, Array &out) {
  StringRef body = text.trim();
  if (Error e = takeDTypeSuffix(text, body, dtype, /*afterList=*/false))
    return e;
  auto value = parseScalar(body, dtype);
  if (!value)
    return value.takeError();
  out.allocate(dtype, {});
  std::memcpy(out.data, &*value, nbcDTypeGetSize(dtype));
  return Error::success();
}

Error nbcrun::readNpy(StringRef path, Array &out) {
  auto buffer = MemoryBuffer::getFile(path, /*IsText=*/false);
  if (!buffer)
    return createStringError("cannot read '" + path +
                             "': " + buffer.getError().message());
  StringRef bytes = (*buffer)->getBuffer();
  auto bad = [&](const Twine &why) {
    return createStringError("'" + path + "' is not a supported .npy file: " +
                             why);
  };
  if (bytes.size() < 10 || !bytes.starts_with("\x93NUMPY"))
    return bad("no NUMPY magic");
  unsigned major = uint8_t(bytes[6]);
  size_t headerLen, headerStart;
  if (major == 1) {
    headerLen = uint8_t(bytes[8]) | (uint8_t(bytes[9]) << 8);
    headerStart = 10;
  } else {
    if (bytes.size() < 12)
      return bad("truncated header");
    headerLen = uint32_t(uint8_t(bytes[8])) | (uint32_t(uint8_t(bytes[9])) << 8) |
                (uint32_t(uint8_t(bytes[10])) << 16) |
                (uint32_t(uint8_t(bytes[11])) << 24);
    headerStart = 12;
  }
  if (headerStart + headerLen > bytes.size())
    return bad("truncated header");
  StringRef header = bytes.substr(headerStart, headerLen);
  auto field = [&](StringRef key) -> StringRef {
    size_t at = header.find("'" + key.str() + "'");
    if (at == StringRef::npos)
      return "";
    StringRef rest = header.drop_front(at + key.size() + 2).ltrim();
    return rest.consume_front(":") ? rest.ltrim() : "";
  };
  StringRef descr = field("descr");
  if (!descr.consume_front("'"))
    return bad("no descr");
  descr = descr.take_until([](char c) { return c == '\''; });
  StringRef order = field("fortran_order");
  bool fortran = order.starts_with("True");
  StringRef shapeText = field("shape");
  if (!shapeText.consume_front("("))
    return bad("no shape");
  shapeText = shapeText.take_until([](char c) { return c == ')'; });

  if (descr.size() < 2 || descr[0] == '>')
    return bad("dtype '" + descr + "' (only little-endian is supported)");
  NbcDType dtype = StringSwitch<NbcDType>(descr.drop_front())
                       .Case("b1", NbcDTypeBool)
                       .Case("i1", NbcDTypeInt8)
                       .Case("i2", NbcDTypeInt16)
                       .Case("i4", NbcDTypeInt32)
                       .Case("i8", NbcDTypeInt64)
                       .Case("u1", NbcDTypeUInt8)
                       .Case("u2", NbcDTypeUInt16)
                       .Case("u4", NbcDTypeUInt32)
                       .Case("u8", NbcDTypeUInt64)
                       .Case("f4", NbcDTypeFloat32)
                       .Case("f8", NbcDTypeFloat64)
                       .Default(NbcDTypeInvalid);
  if (dtype == NbcDTypeInvalid)
    return bad("dtype '" + descr + "'");
  std::vector<int64_t> shape;
  SmallVector<StringRef> parts;
  shapeText.split(parts, ',', -1, /*KeepEmpty=*/false);
  for (StringRef part : parts) {
    int64_t extent;
    if (part.trim().getAsInteger(10, extent) || extent < 0)
      return bad("shape (" + shapeText + ")");
    shape.push_back(extent);
  }
  out.allocate(dtype, shape, fortran);
  int64_t count = 1;
  for (int64_t d : shape)
    count *= d;
  size_t dataBytes = size_t(count) * nbcDTypeGetSize(dtype);
  size_t dataStart = headerStart + headerLen;
  if (bytes.size() - dataStart < dataBytes)
    return bad("expected " + Twine(dataBytes) + " bytes of data, found " +
               Twine(bytes.size() - dataStart));
  std::memcpy(out.data, bytes.data() + dataStart, dataBytes);
  return Error::success();
}

/// Python's repr of a float: the shortest text that reads back the same.
template <typename T>
static void printFloat(raw_ostream &os, T value) {
  if (std::isnan(value)) {
    os << "nan";
    return;
  }
  if (std::isinf(value)) {
    os << (value < 0 ? "-inf" : "inf");
    return;
  }
  // Shortest round-tripping digits, then Python's layout: fixed notation
  // for decimal exponents in [-4, 16), scientific otherwise.
  char buffer[64];
  int precision = 1;
  for (; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof(buffer), "%.*e", precision - 1,
                  double(value));
    if (T(std::strtod(buffer, nullptr)) == value)
      break;
  }
  StringRef text(buffer);
  auto [mantissa, exponentText] = text.split('e');
  int exponent = 0;
  exponentText.consume_front("+");
  exponentText.getAsInteger(10, exponent);
  if (exponent < -4 || exponent >= 16) {
    os << mantissa << 'e' << (exponent < 0 ? '-' : '+')
       << (std::abs(exponent) < 10 ? "0" : "") << std::abs(exponent);
    return;
  }
  std::snprintf(buffer, sizeof(buffer), "%.*f",
                std::max(precision - 1 - exponent, 0), double(value));
  text = buffer;
  os << text;
  if (!text.contains('.'))
    os << ".0";
}

void nbcrun::printScalar(raw_ostream &os, NbcDType dtype, const void *value) {
  switch (dtype) {
  case NbcDTypeBool:
    os << (*static_cast<const uint8_t *>(value) ? "True" : "False");
    return;
  case NbcDTypeInt8: os << int(*static_cast<const int8_t *>(value)); return;
  case NbcDTypeInt16: os << *static_cast<const int16_t *>(value); return;
  case NbcDTypeInt32: os << *static_cast<const int32_t *>(value); return;
  case NbcDTypeInt64:
  case NbcDTypeIndex: os << *static_cast<const int64_t *>(value); return;
  case NbcDTypeUInt8: os << unsigned(*static_cast<const uint8_t *>(value)); return;
  case NbcDTypeUInt16: os << *static_cast<const uint16_t *>(value); return;
  case NbcDTypeUInt32: os << *static_cast<const uint32_t *>(value); return;
  case NbcDTypeUInt64: os << *static_cast<const uint64_t *>(value); return;
  case NbcDTypeFloat32: printFloat(os, *static_cast<const float *>(value)); return;
  case NbcDTypeFloat64: printFloat(os, *static_cast<const double *>(value)); return;
  default: os << "<invalid>"; return;
  }
}

static void printLevel(raw_ostream &os, NbcDType dtype, int32_t rank,
                       int32_t dim, const uint8_t *base, int64_t offset,
                       const int64_t *sizes, const int64_t *strides) {
  size_t size = nbcDTypeGetSize(dtype);
  os << "[";
  for (int64_t i = 0; i < sizes[dim]; ++i) {
    if (i)
      os << ", ";
    int64_t at = offset + i * strides[dim];
    if (dim + 1 == rank)
      printScalar(os, dtype, base + at * int64_t(size));
    else
      printLevel(os, dtype, rank, dim + 1, base, at, sizes, strides);
  }
  os << "]";
}

void nbcrun::printArray(raw_ostream &os, NbcDType dtype, int32_t rank,
                        void *descriptor) {
  auto *aligned = static_cast<const uint8_t *>(static_cast<void **>(descriptor)[1]);
  int64_t offset = reinterpret_cast<int64_t *>(static_cast<void **>(descriptor) + 2)[0];
  if (rank == 0) {
    printScalar(os, dtype, aligned + offset * int64_t(nbcDTypeGetSize(dtype)));
    return;
  }
  int64_t *sizes = nbcMemRefDescriptorSizes(descriptor);
  printLevel(os, dtype, rank, 0, aligned, offset, sizes, sizes + rank);
}
