//===- JIT.cpp - One JIT session for every program ------------------------===//
//
// A program's object code (the same optimized object AOT writes) is linked
// into a JITDylib of its own in one process-wide LLJIT, against one JITDylib
// per shared library. An mlir::ExecutionEngine each (a session, the
// libraries mapped again, two target machines) kept about 1 MB per compiled
// kernel alive (bench/memory.py, docs/Performance.md).
//
//===----------------------------------------------------------------------===//

#include "ProgramImpl.h"

#include "llvm/ExecutionEngine/Orc/ExecutionUtils.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/Support/SmallVectorMemoryBuffer.h"

#include <atomic>
#include <map>
#include <mutex>

using namespace mlir;
using namespace mlir::nbc;
using namespace llvm::orc;

namespace {
/// The session and the libraries' JITDylibs. Never destroyed: programs may
/// outlive static destructors (Python frees them late).
struct Session {
  std::unique_ptr<LLJIT> jit;
  std::map<std::string, JITDylib *> libraries;
  std::mutex mutex;
};
} // namespace

static llvm::Expected<Session *> getSession() {
  static std::mutex mutex;
  static Session *session = nullptr;
  std::lock_guard<std::mutex> lock(mutex);
  if (session)
    return session;
  initializeNativeTarget();
  // No platform: nbc's objects have no static initializers, and the
  // generic one compiles a module of its own into every JITDylib.
  auto jit = LLJITBuilder()
                 .setPlatformSetUp(setUpInactivePlatform)
                 .setNumCompileThreads(0)
                 .create();
  if (!jit)
    return jit.takeError();
  session = new Session();
  session->jit = std::move(*jit);
  return session;
}

/// The JITDylib resolving the symbols of the shared library `path`.
static llvm::Expected<JITDylib *> getLibrary(Session &session,
                                             const std::string &path) {
  std::lock_guard<std::mutex> lock(session.mutex);
  JITDylib *&library = session.libraries[path];
  if (library)
    return library;
  auto generator = DynamicLibrarySearchGenerator::Load(
      path.c_str(), session.jit->getDataLayout().getGlobalPrefix());
  if (!generator) {
    session.libraries.erase(path);
    return generator.takeError();
  }
  library = &session.jit->getExecutionSession().createBareJITDylib(path);
  library->addGenerator(std::move(*generator));
  return library;
}

llvm::Expected<std::unique_ptr<JITCode>>
JITCode::create(StringRef name, SmallVector<char, 0> object,
                ArrayRef<std::string> libraries,
                ArrayRef<std::pair<std::string, void *>> symbols) {
  auto session = getSession();
  if (!session)
    return session.takeError();
  LLJIT &jit = *(*session)->jit;
  // Looked up in order: the program's own symbols, the bound addresses
  // (defined in it too), the libraries, the process.
  JITDylibSearchOrder order;
  for (const std::string &path : libraries) {
    auto library = getLibrary(**session, path);
    if (!library)
      return library.takeError();
    order.push_back({*library, JITDylibLookupFlags::MatchExportedSymbolsOnly});
  }
  if (JITDylibSP process = jit.getProcessSymbolsJITDylib())
    order.push_back(
        {process.get(), JITDylibLookupFlags::MatchExportedSymbolsOnly});

  static std::atomic<uint64_t> counter{0};
  std::string dylibName = ("nbc-program-" + Twine(counter++)).str();
  std::unique_ptr<JITCode> code(new JITCode());
  code->jit = &jit;
  code->dylib = &jit.getExecutionSession().createBareJITDylib(dylibName);
  code->dylib->setLinkOrder(order);
  if (!symbols.empty()) {
    SymbolMap map;
    for (const auto &[symbol, address] : symbols)
      map[jit.mangleAndIntern(symbol)] = {ExecutorAddr::fromPtr(address),
                                          llvm::JITSymbolFlags::Exported};
    if (llvm::Error error = code->dylib->define(absoluteSymbols(map)))
      return std::move(error);
  }
  if (llvm::Error error = jit.addObjectFile(
          *code->dylib, std::make_unique<llvm::SmallVectorMemoryBuffer>(
                            std::move(object), name, false)))
    return std::move(error);
  return std::move(code);
}

JITCode::~JITCode() {
  // Frees the code and data memory of the program.
  if (llvm::Error error = jit->getExecutionSession().removeJITDylib(*dylib))
    llvm::consumeError(std::move(error));
}

llvm::Expected<void *> JITCode::lookup(StringRef name) {
  auto address = jit->lookup(*dylib, name);
  if (!address)
    return address.takeError();
  return address->toPtr<void *>();
}
