import Testing
import WeifaBase
import WeifaDriver
import WeifaTestSupport

/// The driver's loader over a file system in memory: which files a path means, and which are
/// read as context (the one place that rule lives).
@Suite struct LoaderTests {
  static func village() -> MemoryFileSystem {
    let fs = MemoryFileSystem(currentDirectory: "/work")
    fs.add("县/上位法/村民委员会组织法.weifa", "@标题 中华人民共和国村民委员会组织法\n")
    fs.add("县/甲镇/乙村/村规民约.weifa", "@标题 乙村村规民约\n第一条 为了……，制定本规约。\n")
    fs.add("县/甲镇/乙村/自治章程.weifa", "@标题 乙村村民自治章程\n")
    fs.add("县/甲镇/乙村/说明.txt", "不是规约\n")
    fs.add("县/甲镇/乙村/组/一组公约.weifa", "@标题 一组公约\n")
    return fs
  }

  @Test func aFileIsReadWithItsBundleAndTheNearestHigherLaw() {
    let loader = Loader(Self.village())
    #expect(loader.contextPaths(for: ["县/甲镇/乙村/村规民约.weifa"]) ==
            ["县/上位法", "县/甲镇/乙村/村规民约.weifa", "县/甲镇/乙村/自治章程.weifa"])
    // A directory: no siblings (it is the bundle), the higher law above it.
    #expect(loader.contextPaths(for: ["县/甲镇/乙村"]) == ["县/上位法"])
    // Paths outside the current directory stay absolute; `..` and `.` are removed.
    #expect(loader.contextPaths(for: ["./县/甲镇/../甲镇/乙村/组/一组公约.weifa"]) == ["县/上位法", "县/甲镇/乙村/组/一组公约.weifa"])
  }

  @Test func theHigherLawIsLookedForAtMostEightLevelsUp() {
    let fs = MemoryFileSystem(currentDirectory: "/w")
    fs.add("上位法/法.weifa", "@标题 法\n")
    fs.add("1/2/3/4/5/6/7/近.weifa", "@标题 近\n")
    fs.add("1/2/3/4/5/6/7/8/9/远.weifa", "@标题 远\n")
    let loader = Loader(fs)
    #expect(loader.contextPaths(for: ["1/2/3/4/5/6/7/近.weifa"]).contains("上位法"))
    #expect(!loader.contextPaths(for: ["1/2/3/4/5/6/7/8/9/远.weifa"]).contains("上位法"))
  }

  @Test func aDirectoryIsItsWeifaFilesInNameOrder() throws {
    let files = try Loader(Self.village()).collect("县/甲镇/乙村").get()
    #expect(files.map(\.path) == ["县/甲镇/乙村/村规民约.weifa", "县/甲镇/乙村/组/一组公约.weifa", "县/甲镇/乙村/自治章程.weifa"])
  }

  @Test func missingPathsAndLinksSayWhatIsWrong() {
    let fs = Self.village()
    fs.link("县/甲镇/乙村/外面.weifa", to: "/elsewhere/x.weifa")
    fs.add("/elsewhere/x.weifa", "@标题 外\n")
    fs.link("县/甲镇/丙村/断.weifa", to: "不存在.weifa")
    fs.link("县/甲镇/丁村/环.weifa", to: "环.weifa")
    let loader = Loader(fs)
    #expect(failure(loader.collect("没有的.weifa"))?.zh == "错误：找不到「没有的.weifa」")
    #expect(failure(loader.collect("县/甲镇/乙村"))?.zh.contains("指向汇编目录之外") == true)
    #expect(failure(loader.collect("县/甲镇/丙村"))?.zh.contains("失效的符号链接") == true)
    #expect(failure(loader.collect("县/甲镇/丁村"))?.zh.contains("循环的符号链接") == true)
    #expect(failure(loader.context(for: ["县/甲镇/乙村/村规民约.weifa"], with: ["无.weifa"]))?.zh == "错误：--with 给出的「无.weifa」不存在")
  }

  @Test func analyseReadsContextButReportsOnlyTheFilesNamed() throws {
    let loaded = try Loader(Self.village()).analyse(["县/甲镇/乙村/村规民约.weifa"]).get()
    #expect(loaded.count == 1)
    #expect(loaded.analysis.documents.count == 1)
    #expect(loaded.analysis.workspace.charters.count == 3, "the file, its sibling (not the sub-directory, not the .txt) and the higher law")
  }

  func failure<T>(_ r: Result<T, LocalizedText>) -> LocalizedText? {
    if case .failure(let m) = r { return m }
    return nil
  }
}
