/// The style sheet of the HTML edition.
///
/// Print follows GB/T 9704—2012 (LAW.md §8): A4; 天头 37 mm, 订口 28 mm, so with the 版心 of
/// 156 mm × 225 mm the right margin is 26 mm and the bottom 35 mm (mirrored on even pages for
/// double-sided printing); body 3号 (16 pt) 仿宋, 22 lines of 28 characters (line pitch 225 mm / 22,
/// letter spacing 156 mm / 28 − 16 pt); title 2号 (22 pt) 小标宋; 第X条 and chapter headings in 黑体;
/// the 题注 in 楷体; page numbers "— 1 —" in 4号 宋体 below the 版心, right on odd pages and left on
/// even pages, one character in from the edge. Fonts are only named, never fetched: each stack
/// names what Windows, macOS and a Linux machine with Noto CJK have. On a screen the same text
/// reads as one column sized for a phone, growing to a page-like sheet on a wide screen, with the
/// annotations beside the article when there is room.
enum HTMLStyle {
  static let css = """
  @font-face { font-family: "WF Title"; src: local("方正小标宋简体"), local("FZXiaoBiaoSong-B05S"), local("方正小标宋_GBK"), local("FZXBSK--GBK1-0"), local("STZhongsong"), local("华文中宋"), local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"), local("SourceHanSerifSC-Bold"); }
  :root {
    --fangsong: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
    --title: "WF Title", "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "STZhongsong", "华文中宋", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
    --hei: "SimHei", "黑体", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif;
    --kai: "KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "华文楷体", "AR PL UKai CN", "Noto Serif CJK SC", serif;
    --song: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", serif;
    --line: 1.9em;
  }
  * { box-sizing: border-box; }
  html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
  body { margin: 0; background: #eeebe4; color: #111; font-family: var(--fangsong); font-size: 18px; line-height: var(--line); }
  .book { max-width: 40em; margin: 0 auto; padding: 1.25em 1.1em 3em; background: #fff; }
  p { margin: 0; text-indent: 2em; text-align: justify; overflow-wrap: anywhere; }
  h1, h2, h3, h4, h5, h6 { margin: 0; font-weight: normal; line-height: 1.5; break-after: avoid; page-break-after: avoid; }
  .title { font-family: var(--title); font-size: 1.45em; text-align: center; text-wrap: balance; margin: 0.6em 0 0.4em; }
  .cover > .title { font-size: 1.7em; margin: 1.5em 0 1em; }
  .caption { font-family: var(--kai); text-align: center; text-indent: 0; margin-bottom: 1em; }
  .signature { text-align: right; text-indent: 0; margin-top: 2em; }
  .toc { margin: 0.5em 0 1.5em; }
  .toc-title { font-family: var(--hei); font-size: 1em; text-align: center; margin: 0.5em 0; }
  .toc ol { list-style: none; margin: 0; padding: 0; }
  .toc li { padding-left: 2em; }
  .toc li.toc-d0 { padding-left: 2em; }
  .toc li.toc-d1 { padding-left: 4em; }
  .toc li.toc-d2 { padding-left: 6em; }
  .toc li.toc-d3 { padding-left: 8em; }
  .cover .toc-sub li.toc-d0 { padding-left: 2em; }
  .cover .toc-sub li.toc-d1 { padding-left: 4em; }
  .cover .toc-doc { padding-left: 0; }
  .toc a { color: inherit; text-decoration: none; }
  .division { font-family: var(--hei); font-size: 1em; text-align: center; margin: 1em 0 0.3em; }
  .division.section { margin-top: 0.5em; }
  .preamble { margin-bottom: 0.5em; }
  .art-no { font-family: var(--hei); font-weight: normal; }
  .article { margin: 0; }
  a.ref { color: inherit; text-decoration: none; border-bottom: 1px dotted #8a7f6a; }
  .draft-banner { text-indent: 0; text-align: center; font-family: var(--hei); color: #a40000; border: 2px solid #a40000; padding: 0.2em 0.5em; margin: 0 0 1em; letter-spacing: 0.1em; }
  .watermark { position: fixed; top: 42%; left: 0; right: 0; text-align: center; font-family: var(--hei); font-size: 120px; color: rgba(164, 0, 0, 0.07); transform: rotate(-30deg); pointer-events: none; z-index: 0; }
  .notes { font-family: var(--song); font-size: 0.78em; line-height: 1.6; color: #3a3a3a; background: #f6f4ee; border-left: 3px solid #b9ad94; margin: 0.3em 0 0.9em; padding: 0.4em 0.7em; }
  .notes ul { margin: 0; padding: 0; list-style: none; }
  .notes li { margin: 0.15em 0; overflow-wrap: anywhere; }
  .notes li b { font-family: var(--hei); font-weight: normal; color: #111; margin-right: 0.5em; }
  .notes .diag.error b { color: #a40000; }
  .notes .diag.warning b { color: #8a5a00; }
  .notes .line { color: #777; }
  .notes .note-generated b { color: #2d5a8a; }
  @media (max-width: 30em) {
    body { font-size: 17px; }
    .book { padding: 1em 0.9em 2.5em; }
    .toc li.toc-d0 { padding-left: 1em; }
    .toc li.toc-d1 { padding-left: 2em; }
    .toc li.toc-d2 { padding-left: 3em; }
    .cover .toc-sub li.toc-d0 { padding-left: 1em; }
    .cover .toc-sub li.toc-d1 { padding-left: 2em; }
  }
  @media screen and (min-width: 48em) {
    .book { margin: 2em auto; padding: 3em 3.5em 4em; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.18); }
    .annotated .book { max-width: 62em; }
  }
  @media screen and (min-width: 64em) {
    .annotated .article { display: grid; grid-template-columns: minmax(0, 1fr) 20em; column-gap: 1.5em; align-items: start; }
    .annotated .article > .notes { margin-top: 0.2em; }
  }
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  @page :left { margin: 37mm 28mm 35mm 26mm; }
  @page :right {
    @bottom-right { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-right: 1em; }
  }
  @page :left {
    @bottom-left { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 14pt; vertical-align: top; padding-top: 7mm; padding-left: 1em; }
  }
  @media print {
    :root { --line: calc(225mm / 22); }
    html, body { background: none; }
    body { font-size: 16pt; line-height: var(--line); color: #000; }
    .book { max-width: none; margin: 0; padding: 0; box-shadow: none; }
    p { letter-spacing: calc(156mm / 28 - 16pt); orphans: 2; widows: 2; }
    .title { font-size: 22pt; line-height: var(--line); margin: 0 0 var(--line); }
    .doc-head .title { margin-bottom: 0; }
    .caption { margin: 0 0 var(--line); letter-spacing: 0; }
    .cover > .title { font-size: 22pt; margin: calc(var(--line) * 3) 0 calc(var(--line) * 2); }
    .cover { break-after: page; page-break-after: always; }
    .document + .document { break-before: page; page-break-before: always; }
    .toc { margin: 0 0 var(--line); }
    .toc-title { margin: 0; line-height: var(--line); }
    .toc li { line-height: var(--line); }
    .division { line-height: var(--line); margin: var(--line) 0 0; }
    .division.section { margin-top: 0; }
    .doc-head + .division, .toc + .division, .preamble + .division { margin-top: 0; }
    a.ref { border: 0; }
    .notes { font-size: 12pt; line-height: 1.5; background: none; border-left: 2pt solid #888; margin: 0.2em 0 0.6em 2em; padding: 0.1em 0 0.1em 0.6em; break-inside: avoid; }
    .draft-banner { border-width: 1.5pt; margin-bottom: var(--line); line-height: calc(var(--line) - 3pt - 0.4em); }
    .watermark { font-size: 96pt; top: 40%; }
  }
  """
}
