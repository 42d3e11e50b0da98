"""Clean text for the rules, keeping a map from every clean character back to the input.

Every step either deletes characters (pinyin glosses, page markers, the blanks of a heading spaced
out, blanks inside a number and its unit, a line break that wraps a word or a number) or replaces
one character by one (full width to half width, OCR slips, traditional to simplified, 「」 to “”),
so the map is a few runs of consecutive offsets: ``origin[i]`` is the input offset of clean
character ``i``. One integer per character cost more than a regex scan of the whole text.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache


from govreport_cli import traditional
from govreport_cli.card_lines import (SLASH_PAIR_FIRST, SLASH_PAIR_SECOND, join_card_lines, join_slash_pairs,
                                      number_first_cards)
from govreport_cli.cell_lines import join_cell_lines
from govreport_cli.lazy_pattern import LazyPattern
from govreport_cli.lines import ROWS_MONTHS_NOTE, ROWS_YEAR_NOTE, wrapped_breaks

CJK = r"\p{Han}"

# A pinyin gloss after a character, as left by some converters: 區(qū), 發（fā）.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0304\u0301\u030c\u0300\u0308"  # (and the marks alone, as NFD text writes them)
# A word's gloss may hold spaces (纯收入（chún shōurù）); tones may be numbers (财政(cai2zheng4)).
# (in square brackets too, 區[qū], and after a blank, 區 (qū), as other converters write them)
# (the bracket first, the character before it looked behind at: a search scans for the bracket)
# (hyphens between syllables, bǎi-fēn-zhī; other brackets: 【jīng jì】, 〈jīng-jì〉, 〔…〕, {…})
_TONED_BODY = rf"(?:[a-z{_TONED} '-]*[{_TONED}][a-z{_TONED} '-]*|(?:[a-z]{{1,6}}[1-5][ -]?)+)"
_OPENERS, _CLOSERS = "(（【〈〔{｛［《", ")）】〉〕}｝］》"
_GLOSS_TONED = LazyPattern(rf"[{_OPENERS}](?<={CJK} ?[{_OPENERS}]){_TONED_BODY}[{_CLOSERS}]|\[(?<={CJK} ?\[){_TONED_BODY}\]"
                             rf"| (?=[{_OPENERS}\[])(?<={CJK} )(?:[{_OPENERS}]{_TONED_BODY}[{_CLOSERS}]|\[{_TONED_BODY}\])"
                             rf"(?: (?={CJK}))?")
# In a text full of glosses, a gloss may follow debris, a number or a year too (掳l(fā), 6%〈bǎi-fēn-zhī-liù〉以上,
# 2021〈èr-líng-èr-yī〉年), or open a PDF's line (城鎮⏎(zhèn)居民: the break left for the wrapping to join): any gloss goes.
_GLOSS_ANY = LazyPattern(rf"(?:(?<=\S) ?|(?<=\S\r?\n[ \u3000]{{0,2}}))(?:[{_OPENERS}]{_TONED_BODY}[{_CLOSERS}]|\[{_TONED_BODY}\]"
                         rf"|[(（][a-z{_TONED}]{{1,7}}(?: [a-z{_TONED}]{{1,7}}){{0,5}}[)）]"
                         rf"|\[[a-z{_TONED}]{{1,7}}(?: [a-z{_TONED}]{{1,7}}){{0,5}}\])")  # (in a text full of glosses only)
# Toneless glosses (de, ma) are only dropped in a text that plainly carries glosses: five toned
# ones, or a dozen toneless ones after characters (地(di)區(qu): a converter that lost the tones).
_GLOSS_MIN_FOR_TONELESS = 5
# The bar that opens the glossed word in ruby notation (｜地區生產總值《dìqū shēngchǎn zǒngzhí》): no character of the text
_RUBY_BAR = LazyPattern(r"[｜|]\p{Han}{1,16}")
# (a word's syllables, spaced or run together: (qu), (zeng zhang), (zengzhang), (sheng chan zong zhi))
# (a toned vowel a Big5 or GBK conversion lost is a ? or \ufffd: (ch?n), (z?ng))
_SYLLABLE = r"(?:[bpmfdtnlgkhjqxrzcsyw]h?)?[aeiouvü?\ufffd]{1,3}(?:ng|n|r)?"
_GLOSS_TONELESS = LazyPattern(rf"(?<={CJK}) ?(?:[(（](?:{_SYLLABLE}){{1,4}}(?: (?:{_SYLLABLE}){{1,4}}){{0,5}}[)）]"
                              rf"|\[(?:{_SYLLABLE}){{1,4}}(?: (?:{_SYLLABLE}){{1,4}}){{0,5}}\])")
_TONELESS_MIN = 12
# Glosses with no brackets, dropped in a text full of them: words of toned syllables after a character, a figure or
# a blank (增zēng長zhǎng, 增長 zēng zhǎng 7.1%), words of syllables with tone numbers (萬 wan4 億元, 全省 quan2sheng3),
# and a line of pinyin above or below each line of text (guó nèi shēng chǎn zǒng zhí).
_BARE_TONED = LazyPattern(rf"(?<=[\p{{Han}}\d%]) ?[a-z{_TONED}'-]*[{_TONED}][a-z{_TONED}'-]*(?: [a-z{_TONED}'-]{{1,7}})*"
                          rf"(?: (?=[\p{{Han}}\d]))?")
_BARE_NUMBERED = LazyPattern(rf"(?<=[\p{{Han}}\d%]) ?(?:{_SYLLABLE}[1-5]){{1,8}}(?:[ -](?:{_SYLLABLE}[1-5]){{1,8}})*"
                             rf"(?: (?=[\p{{Han}}\d]))?(?![a-z\d])")
_GLOSS_LINE = LazyPattern(rf"(?m)^[^\S\n]*(?=[^\n\p{{Han}}]*?(?:[{_TONED}]|[a-z][1-5]))[^\n\p{{Han}}]*\n")
_GLOSS_LINES_MIN = 3
# A zhuyin (bopomofo) gloss, in brackets or bare (總產值（ㄗㄨㄥˇ ㄔㄢˇ ㄓˊ）, 億ㄧˋ元): its letters are no words of
# any report, so every one goes, with its brackets and the blanks inside.
_ZHUYIN_LETTER = "\u3105-\u312f\u31a0-\u31bf"
_ZHUYIN = LazyPattern(rf" ?[(（【〈〔\[][ \u3000]*[{_ZHUYIN_LETTER}][{_ZHUYIN_LETTER}ˊˇˋ˙ \u3000]*[)）】〉〕\]]"
                     rf"|[{_ZHUYIN_LETTER}][{_ZHUYIN_LETTER}ˊˇˋ˙ ]*", stdlib=True)
_ZHUYIN_HINT = LazyPattern(f"[{_ZHUYIN_LETTER}]", stdlib=True)
_TONE_NUMBER = LazyPattern(r"[aeiouvngr][1-5]", stdlib=True)  # (the end of a syllable with a tone number: a cheap first look)

# A page marker on a line of its own (— 2 —, - 3 -, · 4 ·, 第4页, 上一页 1 2 下一页), with the blank lines before it: the
# page broke a sentence there, and the lines around it read on (全\n— 2 —\n市地区生产总值…).
# (`re`, not `regex`, for these line scans of the whole text: several times faster there.)
# (Led by the line break, a literal: the scan skips from line to line, as it could not from ^.)
_PAGE_MARKER = LazyPattern(
    r"\n[ \t\u3000]*(?:[-—–－·•]+[ \t\u3000]*[\d０-９]{1,3}[ \t\u3000]*[-—–－·•]+"
    r"|(?:(?<=\n\n)|(?<=\n\r\n))[(（][ \t]*[\d０-９]{1,3}[ \t]*[)）](?=\r?\n[ \t\u3000\r]*\n)"  # ((1) between blank lines)
    r"|第[ \t\u3000]*[\d０-９]{1,3}[ \t\u3000]*页(?:[ \t\u3000]*共[ \t\u3000]*[\d０-９]{1,3}[ \t\u3000]*页)?"
    # a web page's pager between the pages of one report (上一页 1 2 下一页, 首页 [1] [2] 尾页)
    r"|(?=[^\n]*[上下]一?页)(?:[ \t\u3000]*(?:首页|尾页|末页|[上下]一?页|共[\d０-９]{1,2}页[:：]?|[\[【]?[\d０-９]{1,2}[\]】]?|[«»<>‹›]+))+)"
    r"[ \t\u3000]*(?=\r?\n|$)", stdlib=True)
_BLANKS_AND_BREAKS = " \t\u3000\r\n\f"  # (\f: a PDF converter's page break)
# A page's footnotes, above its marker: a rule of dashes, notes each opening on a mark (① …, 注:…, [1] …)
_LINE_GAP = LazyPattern(r"(?<=[^\s])[ \t\u3000\r]*\n(?:[ \t\u3000\r]*\n)*(?=[ \t\u3000]*[^\s])", stdlib=True)
_PARAGRAPH_ENDS = "。;!?:；！？：”\"」)）"
_DOUBLED_MIN = 12  # lines wrapped mid-sentence before a doubled break, at the least, that tell a double-spaced text
_WRAP_MIN = 20  # the narrowest width a converter wraps at
_SEPARATOR_LINE = LazyPattern(r"[—_－\-─━﹍]{4,}", stdlib=True)
_FOOTNOTE_START = LazyPattern(r"(?:[①-⑳]|注[:：\d]|\[\d{1,2}\]|\d{1,2}[ \u3000]+\S)", stdlib=True)  # (1　2013年…)
_FOOTNOTE_LINES_MAX = 8
# A footnote's mark inside a sentence (规模以上工业①实现增加值…, 增长5.1%②,): no word of it
_NOTE_MARK = LazyPattern(r"(?<=[\u4e00-\u9fff\d%)）”])[①-⑳]", stdlib=True)
# The line after a page marker, past blank lines: a running header there is furniture even once.
_LINE_AFTER_MARKER = LazyPattern(r"[ \t\u3000\r\f]*\n(?:[ \t\u3000\r\f]*\n)*[ \t\u3000]*(?P<line>(?:[^\n \t\u3000]|[ \t\u3000]+(?=[^\s])){6,60}?)[ \t\u3000\r]*(?=\n|$)", stdlib=True)
_PAGE_NUMBER = LazyPattern(r"[0-9０-９]{1,3}", stdlib=True)
# A running header: a document's title or its author, short, with no punctuation of running text, no
# date and no heading mark (苏州市人民政府工作报告, 常德市统计局·统计分析, 经济运行动态 第9期,
# 武汉市发展和改革委员会 2017年7月; not a copy of the
# date line, nor a fragment of a narrow page's wrapped line).
# (a run of blanks counts as one character: 淮川市人民政府公报                2003年第2期)
_HEADER_LINE = LazyPattern(r"(?!.*月.*日)(?![一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])"
                          r"(?=.*(?:报告|報告|政府|统计|分析|动态|简况|文件|材料|期|委员会|委員會|公报|公報|办公室|辦公室|发展和改革|發展和改革))(?:[^,，。;；:：、!?！？ \t\u3000]|[ \t\u3000]+(?=\S)){6,60}", stdlib=True)
# The line after a title saying when and where it was delivered (——2018年11月27日在…): a second report's title on
# a new page, not a running header
_DELIVERED_NEXT = LazyPattern(r"[ \t\u3000\r]*\n[ \t\u3000]*[—–-]{1,2}[ \t\u3000]*(?:19|20)\d\d年", stdlib=True)
# A periodical's issue in its running header (赣州统计分析　2013年第21期, …公报 2003年第2期): the year it came out.
ISSUE_STAMP = LazyPattern(r"(?P<year>(?:19|20)\d\d)[ \t\u3000]*年[ \t\u3000]*第[ \t\u3000]*\d{1,3}[ \t\u3000]*期", stdlib=True)
# A line that may be either, led by its break (a literal the scan skips to).
_FURNITURE_CANDIDATE = LazyPattern(
    r"\n[ \t\u3000]*(?P<line>[0-9０-９]{1,3}|[^\n,，。;；:：、!?！？]{6,40}?)[ \t\u3000\r]*(?=\n|$)", stdlib=True)
# A running header or footer with its page number beside it, set apart by blanks (鄞州区人民政府办公室
# ⎵⎵⎵⎵ 2, 第2页 ⎵⎵⎵ XX县2015年上半年工作报告, …常务委员会公报 ⎵⎵⎵ · 18 ·): furniture the first time it is seen.
_NUMBERED_HEADER = LazyPattern(
    r"\n[ \t\u3000]*(?:(?P<a>[^\n,，。;；:：、!?！？]{6,40}?)[ \t\u3000]{3,}(?P<n>(?:第[ \t]*)?[0-9０-９]{1,3}(?:[ \t]*页)?"
    r"|[-—–－·•][ \t]*[0-9０-９]{1,3}[ \t]*[-—–－·•])"
    r"|(?P<m>(?:第[ \t]*)?[0-9０-９]{1,3}(?:[ \t]*页)?)[ \t\u3000]{3,}(?P<b>[^\n,，。;；:：、!?！？]{6,40}?))[ \t\u3000\r]*(?=\n|$)", stdlib=True)
# A short phrase in straight quotes ("十二五", '十三五'): curly quotes, as the rules read them.
_STRAIGHT_QUOTED = LazyPattern(r"\"(?P<q>[^\"\n]{1,20})\"|'(?P<q>十[^'\n]{0,5})'")
# A numbered item's name closed by a stop, its text on the same line (1.地区生产总值。年初计划增长7%,…; a dash's:
# ——生产总值。年度目标增长9%,…; a count's: 一是地区生产总值。全年完成1862.4亿元,…): the stop reads as a colon, so
# that the item's figures go to its name.
_ITEM_HEADING = LazyPattern(  # (led by the line break, a literal the scan skips to)
    r"(\n[ \t]*(?:(?:\d{1,2}[.、]|\([一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十]{1,2}、)[ \t]*\p{Han}{2,14}"
    r"|(?:——|[一二三四五六七八九十]{1,2}是)[ \t]*(?:(?![和与及])\p{Han}){0,12}?(?:总值|投资|总额|收入|支出|增加值|产值|价格|就业|失业率|外资|进出口|出口|产量|强度|能耗)))"
    r"。(?=[^\s。])")  # (a dash's item by its indicator's noun: not a headline, ——发展动力显著增强。…)
# A heading spaced out character by character (二 、 2 0 2 4 年 主 要 目 标): its blanks go.
_SPACED_LINE = LazyPattern(r"(?m)^[ \t\u3000]*(?:[^\s][ \t\u3000]{1,2}){3,}[^\s][ \t\u3000]*$", stdlib=True)
_BLANK_RUN = LazyPattern(r"[ \t\u3000]+", stdlib=True)
# What such a line must hold, led by a blank (a literal the scan skips to): most texts hold neither.
_SPACED_HINTS = (LazyPattern(r" [^\s] {1,2}[^\s] ", stdlib=True), LazyPattern("\u3000[^\\s]\u3000{1,2}[^\\s]\u3000", stdlib=True))

# Blanks between a number and what follows it (145.5\n億元, 82.7 億元, 144 %), and spaces
# (not line breaks, which may end a heading) between a word and the number after it; a tab, which parts
# the cells of a table row, only before a unit.
# Over a line break only to a unit (145.5\n億元) or to 年/月 (由2015\n年的…), not to the next line's words
# (发布时间:2021-10-27\n全市…).
_BLANK_AFTER_NUMBER = LazyPattern(
    r"(?<=\p{Han}[ \u3000\u00a0]?[\d.]+[%％])[ \u3000\u00a0](?=\p{Han})"  # (由1.2% 提高到1.8%: one blank after a percentage in a
    # sentence; not a digest's headline figure opening its line: 2.12% 全社会研发投入…)
    r"|(?<=[\d.])(?:[ \u3000\u00a0]+(?=[\p{Han}%％.])|\t+(?=[.．万亿萬億千百元%％])"
    r"|(?<!\t[^\n]*)(?:[ \t\u3000\u00a0]*\r?\n){1,2}[ \t\u3000\u00a0]*(?=[.．万亿萬億千百元%％吨噸斤个個人户戶家件项項倍美年月]|公(?:斤|里|顷|頃)))")
# (a blank line too, as a converted page leaves one: 36.8 \n\n 亿元; not after a table's row of cells parted by tabs:
# 财政 \t … \t 7.8 \n 人民生活 \t …)
# (a tab parts the cells of a table row, and so do three blanks or more: a table's columns keep their places)
_BLANK_BEFORE_NUMBER = LazyPattern(rf"(?<=[{CJK}：:，,、])[ \u3000\u00a0]{{1,2}}(?=[\d０-９])")
# Thousands grouped by spaces: 1 234.5 (not two cells of a table's row: 343.8 500 551.4); a number wrapped after its
# point or comma: 1012.\n6亿元
_BLANK_IN_NUMBER = LazyPattern(r"(?<=(?<![\d.])(?<!(?:\.\d+|\d{4,})[ \u00a0])\d{1,3})[ \u00a0](?=\d{3}(?!\d))|(?<=\d[.,])[ \t]*\r?\n[ \t]*(?=\d)"
                                 r"|(?<=\d\.)[ \t]+(?=\d{1,4}[ \t]*[%％万亿元萬億美])")  # (58. 6亿元: a blank after the point)
# A line break inside a word or a number, where a converter wrapped the line (同比增\n长7.2%,
# 增长\n8.5%, 19\n6.3万吨): dropped when `wrapped_breaks` says the line wraps inside a sentence.
# (A break after a number and before its unit goes in any case: _BLANK_AFTER_NUMBER.)
_BLANKS_BEFORE_BREAK = " \t\r"
_CR_BEFORE_LF = LazyPattern(r"\r(?=\n)", stdlib=True)
# A converter's blanks between the digits of one figure, from the word before it to its unit (总值2 9 86.7亿元):
# digits and single blanks only, so no two figures (亿元 98 14) and no date (2019年 3 月) are joined.
# (and a line break among them once a blank is: 零售总额1 3\n27.6亿元, 收入1 0 \n082元)
_DIGITS_TO_UNIT = r"\d(?:\.\d+)?\s?(?:万|亿|元|%|％|个|人|吨|件|家)"
_BLANK_AMONG_DIGITS = LazyPattern(r"(?<=\p{Han}[\d \u00a0]*\d)[ \u00a0](?!\d{3}(?!\d))"
                                  rf"(?=[\d \u00a0]*(?:[ \u00a0]?\r?\n)?[\d \u00a0]*{_DIGITS_TO_UNIT})"  # (1 234: thousands, above)
                                  r"|(?<=\p{Han}\d+(?:[ \u00a0]\d+)+)[ \u00a0]?\r?\n"
                                  rf"(?=[\d \u00a0]*{_DIGITS_TO_UNIT})")
# A blank set around a Latin acronym between Chinese words, as some typesetting spaces them (单位 GDP 能耗).
_BLANK_BESIDE_ACRONYM = LazyPattern(r"(?<=\p{Han})[ \u00a0](?=[A-Z]{2,5}[ \u00a0]?\p{Han})|(?<=\p{Han}[ \u00a0]?[A-Z]{2,5})[ \u00a0](?=\p{Han})")
# The blanks around a slash between a card's paired figures (82164元 / 45127元: joined as a list, card_lines).
# (the slash looked at first: most blanks have none beside them)
_BLANK_BESIDE_SLASH = LazyPattern(rf"(?=[ \u00a0]/[ \u00a0]?{SLASH_PAIR_SECOND})(?<={SLASH_PAIR_FIRST})[ \u00a0]"
                                  rf"|(?<=/)(?<={SLASH_PAIR_FIRST}[ \u00a0]?/)[ \u00a0](?={SLASH_PAIR_SECOND})")
# A stray blank inside a word of running text (城镇居民人均可支 配收入22680元,…): alone between Chinese
# words from a clause's mark on, in a line whose clause goes on to a mark, maybe past one line break (全社会固定 资产
# 投资12.6⏎亿元,…; not a table's row, 地区生产总值 亿元 52.7).
_BLANK_IN_WORD = LazyPattern(r"(?<=(?:\n|[，,。；;、：:])\p{Han}{2,24})[ \u00a0]"
                             r"(?=\p{Han}{2}[^\s]{0,60}?(?:\n[^\s]{0,60}?)?[，,。；;])")
# All seven in one pass: at a spot at most one can match (what comes before or after the blank
# differs) and none starts inside another's match; led by a blank, so the scan skips to blanks.
_BLANKS = LazyPattern(r"(?=[ \t\u3000\u00a0\r\n])(?:" + "|".join(
    p.pattern for p in (_BLANK_AFTER_NUMBER, _BLANK_BEFORE_NUMBER, _BLANK_IN_NUMBER, _BLANK_BESIDE_ACRONYM,
                        _BLANK_AMONG_DIGITS, _BLANK_BESIDE_SLASH, _BLANK_IN_WORD)) + ")")

# A table's row as a PDF leaves it, its cells parted by two blanks or more (地区生产总值  亿元  52.7  23.6  增长22%):
# those gaps stay, as a tab would.
_CELL_GAP = LazyPattern(r"[ \t\u3000]{2,}", stdlib=True)
CELL_GAPS = 3  # how many such gaps make a line a row of cells


# OCR slips inside numbers: the letter l or I for 1, O or o for 0 (增长l3.6%).
_OCR_ONE = LazyPattern(r"(?<![A-Za-z])[lI](?=[\d.]*\d*[%％]|\d)(?![A-Za-z])|(?<=\d)[lI](?=\.\d)|(?<=\d\.)[lI](?![A-Za-z])")  # (10l.5亿美元, 24.l亿元)
# A whole part of letters only before a decimal point, after a word (实际利用外资lO.2亿美元): read as digits.
_OCR_RUN = LazyPattern(r"(?<=\p{Han})(?=[lIO]{0,2}[lI])[lIO]{1,3}(?=\.\d)")
_OCR_DIGITS = str.maketrans("lIO", "110")
# A run of digits and look-alike letters that touch one another (4Ol.6亿元, 2Ol2年, 1OO.2): all digits. Reading
# only the digits after the letters would give another number (6亿元).
_OCR_MIXED = LazyPattern(r"(?<![A-Za-z\d.])(?:[\dlIOo]+\.)?[\dlIOo]*(?:\d[lIOo]|[lIOo]\d)[\dlIOo]*(?:\.[\dlIOo]+)?(?![A-Za-z])")
_OCR_ALL_DIGITS = str.maketrans("lIOo", "1100")
_OCR_TOUCHING = LazyPattern(r"[lIOo](?:(?<=\d[lIOo])|(?=\d))", stdlib=True)  # (the letter first: scanned by class)
_OCR_ZERO = LazyPattern(r"(?<=\d|\d\.)[Oo](?![A-Za-z])|(?<![A-Za-z])[Oo](?=\.\d)")


# `re`, not `regex`: a search for one of a class of characters is faster there.
_FULL_WIDTH = LazyPattern("[\uff01-\uff5e\u3000]", stdlib=True)
_WIDE_BLANK_AMONG_DIGITS = LazyPattern("\u3000(?<=[\\d\uff10-\uff19]\u3000)(?=[\\d\uff10-\uff19])(?![\\d\uff10-\uff19]{4}年)", stdlib=True)


class Offsets:
    """Input offsets of the clean characters, kept as runs: run k starts at clean index
    ``starts[k]``, which is input offset ``origins[k]``, and goes on one for one up to the
    next run. Indexes and iterates as the list of one offset per character would."""

    __slots__ = ("starts", "origins", "size")

    def __init__(self, starts: array, origins: array, size: int):
        self.starts, self.origins, self.size = starts, origins, size

    @classmethod
    def identity(cls, size: int) -> "Offsets":
        return cls(array("q", [0]), array("q", [0]), size)

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, index: int) -> int:
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("offset index out of range")
        run = bisect_right(self.starts, index) - 1
        return self.origins[run] + index - self.starts[run]

    def __iter__(self):
        for start, end, origin in self.runs(0, self.size):
            yield from range(origin, origin + end - start)

    def runs(self, start: int, end: int):
        """(start, end, origin of start) of the pieces of runs that cover [start, end)."""
        run = bisect_right(self.starts, start) - 1
        while start < end:
            run_end = self.starts[run + 1] if run + 1 < len(self.starts) else self.size
            stop = min(end, run_end)
            yield start, stop, self.origins[run] + start - self.starts[run]
            start, run = stop, run + 1


@dataclass(frozen=True)
class CleanText:
    """The text the rules read, with the input offset of each character."""

    text: str
    origin: Offsets
    display: str  # same length as text, before traditional -> simplified: for evidence
    issue_year: int | None = None  # a periodical's issue stamp among the page furniture taken out (…分析 2013年第21期)
    # the figures a note taken out dates to an earlier year, by their name (研发经费投入强度为2024年数据): name, year
    noted_years: tuple[tuple[str, int], ...] = ()

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of the clean span [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1


def _halfwidth(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    if code == 0x3000:
        return " "
    return ch


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_LONE_SURROGATE = LazyPattern(r"[\ud800-\udfff]")  # OpenCC takes UTF-8, which cannot hold one


def _changed_by_t2s() -> tuple[str, dict[str, list[tuple[str, int]]]]:
    """What t2s would change: a class of the characters it changes, a lone surrogate and the
    rarest character of each phrase it changes; and those phrases by that character."""
    phrases: dict[str, list[tuple[str, int]]] = {}
    for phrase, rarest in traditional.PHRASES:
        phrases.setdefault(phrase[rarest], []).append((phrase, rarest))
    chars = traditional.CHARACTERS + "".join(phrases)
    bmp = "".join(c for c in chars if c <= "\uffff")
    # Outside the BMP, one range from the first to the last: `re` tests a class holding such
    # characters one by one (seconds for the corpus), a class of BMP ones by a bitmap.
    beyond = [c for c in chars if c > "\uffff"]
    wide = f"{min(beyond)}-{max(beyond)}" if beyond else ""
    return f"[{re.escape(bmp)}{wide}\ud800-\udfff]", phrases


_CHANGED_CLASS, _CHANGED_PHRASES = _changed_by_t2s()
_CHANGED = LazyPattern(_CHANGED_CLASS, stdlib=True)  # (made at import: the rule cache keeps it compiled)


@lru_cache(maxsize=1)
def _convertible() -> tuple[LazyPattern, dict[str, list[tuple[str, int]]]] | None:
    """What t2s would change (`_CHANGED`, `_CHANGED_PHRASES`); None when the installed OpenCC is
    not the one `traditional` was made from (then every text goes through OpenCC)."""
    import opencc

    if opencc.__version__ != traditional.OPENCC_VERSION:
        return None
    return _CHANGED, _CHANGED_PHRASES


def _may_change(text: str) -> bool:
    """Whether t2s may change the text (or it holds a lone surrogate): one scan of it."""
    convertible = _convertible()
    if convertible is None:
        return True
    pattern, phrases = convertible
    for found in pattern.finditer(text):
        around = phrases.get(found.group())
        if around is None:  # a character t2s changes
            return True
        at = found.start()
        if any(at >= rarest and text.startswith(phrase, at - rarest) for phrase, rarest in around):
            return True
    return False


def _simplify(text: str) -> str:
    """Traditional to simplified, one character for one, line by line."""
    if not _may_change(text):
        return text  # most reports: not a character, not a phrase in traditional form
    text = _LONE_SURROGATE.sub("\ufffd", text)
    converter = _t2s()
    simple = converter.convert(text)  # one call for the whole text: a phrase never spans a line
    if simple == text:  # nothing traditional (most reports): no lines to compare
        return simple
    if len(simple) == len(text) and \
            [len(x) for x in simple.splitlines(True)] == [len(x) for x in text.splitlines(True)]:
        return simple
    out = []
    for line in text.splitlines(keepends=True):
        simple = converter.convert(line)
        if len(simple) != len(line):  # a phrase changed length: fall back to single characters
            simple = "".join(c if len(s := converter.convert(c)) != 1 else s for c in line)
        out.append(simple)
    return "".join(out)


# An editors' note in a reprint (（编注:约合16500亿美元）, 〔編按:…〕), read before traditional characters are simplified.
_EDITORS_NOTE = LazyPattern(r"[（(〔【\[]\s*[编編](?:者|輯|辑)?(?:注|註|按)\s*[:：][^（()）〔〕【】\[\]\n]{0,160}[）)〕】\]]")


# A reprint's or archive's notes on lines of their own (编者按:…, 〔附记〕…, 注1:…, after the reprint's source:
# 转载自…。编者按:…; a heading 【注释】 and the lines under it): other years' and regions' figures for the reader, no
# words of the report. (Led by the line break:
# the scan skips from line to line; the first line is looked at on its own. A page may indent it with no-break spaces.)
_NOTE_WORD = (r"[\u4e00-\u9fff]{0,4}?(?:[编編](?:者|辑|輯)?(?:按|注|註)|[编編][后後](?:记|記)?|附[记記注註]|[注註](?:释|釋|解)"
              r"|[参參]考[资資]料|按)")  # (本库按:, 资料组按:, 编后记: an archive's words too)
_NOTE_LINE = LazyPattern(rf"\n[ \t\u3000\xa0]*(?:[转轉][载載]自?[^。\n]{{0,40}}。[ \t\u3000]*)?(?:[【〔\[(（][ \t\u3000]*{_NOTE_WORD}[ \t\u3000]*[】〕\]）)]"
                        rf"|{_NOTE_WORD}[ \t\u3000]*(?:[:：](?=[ \t\u3000\r]*(?:\n|$))|(?=[:：]|\r?\n|$))"
                        rf"|[注註]\d{{0,2}}[:：])"
                        r"[ \t\u3000\r]*(?P<heading>(?=\n|$))?", stdlib=True)  # (a heading may end on its colon: 注释:)
_BLOCK_END = LazyPattern(r"\n[ \t\u3000\r]*\n", stdlib=True)
_BLANK_LINES = LazyPattern(r"[ \t\u3000\r\n]*", stdlib=True)
_MARKED_NOTE = LazyPattern(r"[ \t\u3000]*(?:[①-⑳]|\[\d{1,2}\])", stdlib=True)  # a note of its own paragraph (<p>②…</p>)


# (not a mark of the figure's kind before it: (年度目标,下同)); a reprint's glosses may stand inside
# (開發(fā)區(qū)、黃埔區(qū)一體化統(tǒng)計口徑,下同)
_IN_NOTE = r"(?:[^（()）\n]|\n(?![ \t\u3000]*\n)|[（(][^（()）\n\p{Han}]{1,16}[）)])"  # (a PDF's line may break inside)
_DEFINED_ONCE = LazyPattern(rf"[（(](?!{_IN_NOTE}{{0,40}}?(?:目标|计划|预期|预算)){_IN_NOTE}{{0,40}}?[,，]\s*下同[）)]")


# A gloss's tone number in a full-width digit, as a text set in full-width digits writes it (生產(chan３)): read as
# the ASCII digit, one character for one, so that the glosses are found where they stand.
_FULLWIDTH_TONE = LazyPattern(r"[a-zü][１-５]", stdlib=True)


def _ascii_tones(text: str) -> str:
    if not any(digit in text for digit in "１２３４５") or not _FULLWIDTH_TONE.search(text):  # (a cheap look first)
        return text
    return _FULLWIDTH_TONE.sub(lambda m: m.group()[0] + chr(ord(m.group()[1]) - 0xFEE0), text)


# A soft hyphen (城镇登记失\u00ad业率), or a hyphen a PDF converter left where a line broke a word (地方级公共财政预算收-⏎入):
# no character of the text, the break with it.
_HYPHENATED = LazyPattern(r"\u00ad(?:\r?\n[ \t\u3000]*)?|(?<=\p{Han})-\r?\n[ \t\u3000]*(?=\p{Han})")


def _deletions(text: str) -> list[tuple[int, int]]:
    glosses = list(_GLOSS_TONED.finditer(text))
    if len(glosses) >= _GLOSS_MIN_FOR_TONELESS:
        glosses += _GLOSS_ANY.finditer(text)
    elif "(" in text or "（" in text or "[" in text:
        toneless = list(_GLOSS_TONELESS.finditer(text))
        if len(toneless) >= _TONELESS_MIN:
            glosses += toneless
    spans = [m.span() for m in glosses]
    if glosses and ("｜" in text or "|" in text):
        opened = {m.start() for m in glosses}
        spans += [(bar.start(), bar.start() + 1) for bar in _RUBY_BAR.finditer(text) if bar.end() in opened]
    # (a first look that costs little on the many texts with none)
    toned = any(mark in text for mark in _TONED) and sum(map(text.count, _TONED)) >= _GLOSS_MIN_FOR_TONELESS
    numbered = _TONE_NUMBER.search(text) is not None and len(_TONE_NUMBER.findall(text)) >= _GLOSS_MIN_FOR_TONELESS
    if toned or numbered:
        lines = [m.span() for m in _GLOSS_LINE.finditer(text)]
        spans += lines if len(lines) >= _GLOSS_LINES_MIN else []
        bare = [m.span() for pattern in (_BARE_TONED if toned else None, _BARE_NUMBERED if numbered else None)
                if pattern for m in pattern.finditer(text)]
        spans += bare if len(bare) >= _GLOSS_MIN_FOR_TONELESS else []
    if "\u00ad" in text or "-\n" in text or "-\r\n" in text:
        spans += [m.span() for m in _HYPHENATED.finditer(text)]
    spans += _notes_on_lines(text)
    if _NOTE_MARK.search(text):
        spans += [m.span() for m in _NOTE_MARK.finditer(text)]
    if _ZHUYIN_HINT.search(text):
        spans += [m.span() for m in _ZHUYIN.finditer(text)]
    if "编" in text or "編" in text:  # a reprint's editors' notes: no words of the report
        spans += [m.span() for m in _EDITORS_NOTE.finditer(text)]
    spans += _page_top_again(text)
    if "下同" in text:  # a scope defined once inside a name (规模以上工业企业(年销售收入500万元及以上,下同)完成…)
        spans += [m.span() for m in _DEFINED_ONCE.finditer(text)]
    for marker in _PAGE_MARKER.finditer(text):
        spans.append(_page_marker_span(text, marker.start(), marker.end()))
        beside = _LINE_AFTER_MARKER.match(text, marker.end())  # a running header right after it, even once
        if beside and _HEADER_LINE.fullmatch(beside.group("line")) and not _DELIVERED_NEXT.match(text, beside.end("line")):
            spans.append(_page_marker_span(text, text.rfind("\n", 0, beside.start("line")), beside.end("line")))
    spans += [_page_marker_span(text, start, end) for start, end in _page_furniture(text)]
    spans += _double_spacing(text)
    spaced = any(hint.search(text) for hint in _SPACED_HINTS)
    for line in (_SPACED_LINE.finditer(text) if spaced else ()):
        body = line.group().strip(" \t\u3000")
        offset = line.start() + line.group().index(body)
        spans += [(offset + m.start(), offset + m.end()) for m in _BLANK_RUN.finditer(body)]
    return spans


def _double_spacing(text: str) -> list[tuple[int, int]]:
    """A converter's blank line after every line (PDF text double-spaced: 地方一\n\n般预算收入): half of
    each run of line breaks, when nearly every break between lines is doubled and many break a sentence at one
    width (not a text of one paragraph to a line parted by blank lines, nor a digest's short lines)."""
    if text.count("\n\n") < _DOUBLED_MIN:
        return []
    gaps = list(_LINE_GAP.finditer(text))
    doubled = [m for m in gaps if m.group().count("\n") > 1]
    if len(doubled) < 0.9 * len(gaps):
        return []
    # (the lines a sentence goes on from are wrapped at one width: not a digest's short paragraphs, one a line)
    widths = [len(text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip())
              for m in doubled if text[m.start() - 1] not in _PARAGRAPH_ENDS]
    if len(widths) < _DOUBLED_MIN or len(widths) < 0.3 * len(doubled):
        return []
    counts = Counter(widths)  # (by width, not line by line: a long report has thousands of lines)

    def near(width: int) -> int:
        return sum(counts[width + d] for d in range(-2, 3))
    wrap = max(counts, key=near)
    if wrap < _WRAP_MIN or near(wrap) < 0.5 * len(widths):
        return []
    spans = []
    for m in doubled:
        breaks = [i for i, char in enumerate(m.group()) if char == "\n"]
        spans.append((m.start(), m.start() + breaks[len(breaks) // 2 - 1] + 1))
    return spans


# A web page's breadcrumb, title or line of metadata near its top (当前位置:首页 > 政务公开 > …, 2023年江宁区政府工作报告,
# 发布日期:2023-01-12 来源:区政府办 字号:[ 大 中 小 ])
_PAGE_TOP_LINE = LazyPattern(r"(?m)^[^\S\n]*(?:(?=[^\n]{0,60}?(?:发布日期|发布时间|来源|字号|点击数?|浏览次数|位置)[:：])"
                             r"[^\n]{8,120}|(?P<title>[^\s,。;:：]{4,38}报告))[^\S\n]*$")
_PAGE_TOP_REACH = 1500  # (where a page's top ends)


def _page_top_again(text: str) -> list[tuple[int, int]]:
    """The page's breadcrumb, title and metadata lines written again further down (pages of one report captured one
    after another, each with its top: …全区实现地区生产总值当前位置:首页 > …⏎3108.2亿元): each copy as a page
    marker, so the sentence it cut reads on. A breadcrumb or metadata line may be glued to the text before it; a
    title counts only on a line of its own (not 向大会作政府工作报告 in running text)."""
    spans = []
    for first in _PAGE_TOP_LINE.finditer(text, 0, _PAGE_TOP_REACH):
        line = first.group().strip()
        copy = re.compile(rf"(?m)^[^\S\n]*(?P<copy>{re.escape(line)})[^\S\n]*$" if first.group("title")
                          else f"(?P<copy>{re.escape(line)})")
        spans += [_page_marker_span(text, *found.span("copy")) for found in copy.finditer(text, first.end())]
    return spans


def _page_marker_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A page marker's line (from the break before it to its end) with the blank lines around it
    and the page's footnotes above it, less one line break: from the end of the text before it to
    the last break before the text after it."""
    marker_end = end
    while start and text[start - 1] in _BLANKS_AND_BREAKS:
        start -= 1
    start = _footnotes_above(text, start)
    while start and text[start - 1] in _BLANKS_AND_BREAKS:
        start -= 1
    after = end
    while after < len(text) and text[after] in _BLANKS_AND_BREAKS:
        after += 1
    last_break = text.rfind("\n", marker_end, after)
    return start, (last_break if last_break != -1 else marker_end)


def _notes_on_lines(text: str) -> list[tuple[int, int]]:
    """The notes of a reprint or archive on lines of their own: each note's line; a heading of notes
    (【注释】) with the lines under it, up to a blank line."""
    spans = []
    for note in _NOTE_LINE.finditer("\n" + text):  # (the first line too, led by a break of its own)
        start = note.start()  # (in text, where its line starts: the break before it stays)
        line_end = text.find("\n", start)
        stop = line_end if line_end != -1 else len(text)
        if ROWS_MONTHS_NOTE.search(text, start, stop) or ROWS_YEAR_NOTE.search(text, start, stop):
            continue  # (注:规模以上服务业营业收入为1—5月数据; 注:带*号数据为2023年数: the table's, kept for it to read)
        if note.group("heading") is not None:
            # (its notes may start past a blank line: a page's <h3>注释</h3> over its list)
            block_end = _BLOCK_END.search(text, _BLANK_LINES.match(text, note.end() - 1).end())
            while block_end and (more := _MARKED_NOTE.match(text, block_end.end())):
                block_end = _BLOCK_END.search(text, more.end())  # (and the notes after, each a paragraph of its own)
            spans.append((start, block_end.start() if block_end else len(text)))
        else:
            line_end = text.find("\n", note.end() - 1)
            spans.append((start, line_end if line_end != -1 else len(text)))
    return spans


def _footnotes_above(text: str, end: int) -> int:
    """Where a page's footnotes start when they end at `end`, the end of the page's text: a rule of
    dashes with notes under it, the first opening on its mark (————\n① 规模以上工业统计范围为…); a note
    may wrap onto lines of its own. Else `end`: lines opening on ① with no rule above them may be a
    list's items."""
    stop = end
    below = ""  # the words of the line below the one looked at
    for _ in range(_FOOTNOTE_LINES_MAX):
        if stop <= 0:
            break
        start = text.rfind("\n", 0, stop - 1) + 1
        words = text[start:stop].strip(" \t\u3000\r\n")
        stop = start
        if not words:
            continue
        if _SEPARATOR_LINE.fullmatch(words):
            return start if _FOOTNOTE_START.match(below) else end
        below = words
    return end


def _page_furniture(text: str) -> list[tuple[int, int]]:
    """The lines a PDF repeats on every page, which a converter leaves inside the sentences they
    interrupt: a running header (a document's title three times or more, or twice from the first
    line on; the one on top stays)
    and bare page numbers (lines of a number alone, rising: 1, 2, 3). Each as the span from the
    break before the line to its end."""
    lines: dict[str, list[tuple[int, int]]] = {}
    newline = text.find("\n")
    first = text[:newline if newline != -1 else len(text)].strip(" \t\u3000\r")  # (the line no break leads)
    if _HEADER_LINE.fullmatch(first):
        lines[first] = [(-1, len(first))]
    for found in _FURNITURE_CANDIDATE.finditer(text):
        line = found.group("line")
        if _HEADER_LINE.fullmatch(line) or _PAGE_NUMBER.fullmatch(line):
            lines.setdefault(line, []).append(found.span())
    spans: list[tuple[int, int]] = []
    numbers = sorted((spots[0], int(line)) for line, spots in lines.items()
                     if _PAGE_NUMBER.fullmatch(line) and spots[0][0] >= 0)
    if len(numbers) >= 2 and all(a < b for (_, a), (_, b) in zip(numbers, numbers[1:])):
        spans += [spot for spot, _ in numbers]
    top = _top_lines_end(text)
    spans += [found.span() for found in _NUMBERED_HEADER.finditer(text, max(newline, 0))  # (the title stays)
              if _HEADER_LINE.fullmatch(found.group("a") or found.group("b"))]
    for line, spots in lines.items():
        later = spots[1:] if spots[0][0] < top else spots  # (the title, on top, stays)
        # three times, or twice from the first line on (twice elsewhere: a web page holding the report twice)
        if not _PAGE_NUMBER.fullmatch(line) and (len(spots) >= 3 or (len(spots) == 2 and spots[0][0] < 0)):
            spans += later
    return spans


def _top_lines_end(text: str) -> int:
    """Where the title lines end: after the first five lines."""
    at = -1
    for _ in range(5):
        at = text.find("\n", at + 1)
        if at == -1:
            return len(text)
    return at


# A web page's path (您所在的位置:首页 > 政务公开 > 统计分析): the title on the next line is a line of its own
PAGE_PATH = r"(?:首页|位置)[^\n]*?[>»→＞]"
_PAGE_PATH = LazyPattern(PAGE_PATH, stdlib=True)


def _breaks_in_text(text: str):
    """The spans of line breaks (with the blanks before them; one after, between digits) between two characters of a word,
    a percentage and a word, or two digits of a number; a break after a number and before a word is _BLANK_AFTER_NUMBER's.
    Found by str.find: a pattern would be tried at every character of a Chinese text."""
    newline = text.find("\n")
    while newline != -1:
        start, end = newline, newline + 1
        while start and text[start - 1] in _BLANKS_BEFORE_BREAK:
            start -= 1
        if start and end < len(text):
            before, after = text[start - 1], text[end]
            if before.isdigit() and after == " " and text[end + 1:end + 2].isdigit():
                end += 1  # (a PDF's line led by one blank, the number's digits on: 地区生产总值1\n 286.4亿元)
                after = text[end]
            if (("\u4e00" <= before <= "\u9fff" or before in "%％、，,;；") and ("\u4e00" <= after <= "\u9fff" or after.isdigit())
                    or before.isdigit() and after.isdigit()  # (增长11%\n左右: the qualifier is the figure's)
                    or before == "." and text[start - 2:start - 1].isdigit() and after.isdigit()  # (96.\n3亿元)
                    or "A" <= before <= "Z" and "\u4e00" <= after <= "\u9fff"  # (R&D\n经费投入强度: an acronym's word)
                    or "\u4e00" <= before <= "\u9fff" and after in "”’"  # (到“十二五\n”末: no line opens on a quote's end)
                    or after in ",、;") and not _PAGE_PATH.search(text, text.rfind("\n", 0, start) + 1, start):
                yield start, end  # (536.8亿元\n,增长12.3%: no line starts on a comma; a page's path ends its line)
        newline = text.find("\n", end)


def _kept_runs(size: int, spans) -> list[tuple[int, int]]:
    """The runs of [0, size) outside the (possibly overlapping) spans."""
    runs, at = [], 0
    for a, b in sorted(spans):
        if a > at:
            runs.append((at, a))
        at = max(at, b)
    if at < size:
        runs.append((at, size))
    return runs


def _kept(previous: Offsets, runs: list[tuple[int, int]]) -> Offsets:
    """The offsets of the characters left when only `runs` of the previous stage are kept."""
    starts, origins = array("q"), array("q")
    at = 0
    for a, b in runs:
        for start, end, origin in previous.runs(a, b):
            clean_start = at + start - a
            if not origins or origins[-1] + clean_start - starts[-1] != origin:  # else: the run goes on
                starts.append(clean_start)
                origins.append(origin)
        at += b - a
    return Offsets(starts or array("q", [0]), origins or array("q", [0]), at)


def _to_halfwidth(text: str) -> str:
    """Full width to half width: one str.replace per full-width character present, each found
    by a search that stops at the first one left (not a list of every ， in the text). An ideographic
    blank between digits parts two cells (亿元　15　556.2), no thousands: a tab (not one before a year, a
    heading's: PART 3　2023年主要预期目标)."""
    if "\u3000" in text:
        text = _WIDE_BLANK_AMONG_DIGITS.sub("\t", text)
    found = _FULL_WIDTH.search(text)
    while found:
        text = text.replace(found.group(), _halfwidth(found.group()))
        found = _FULL_WIDTH.search(text, found.start())
    return text


# Big5's small forms (﹪, ﹐) and its tilde as Python decodes it (∼), as the half-width signs; a dot
# of another kind between digits is the decimal point (9935﹒88億元, OCR's 3140·8), a box-drawing or
# small dash between digits a range's (1─5月, 8.5%﹣9%).
_SMALL_FORMS = str.maketrans("﹪﹐﹑﹔﹕﹙﹚∼", "%,、;:()~")

_NUMERAL_ZERO = LazyPattern("(?<=[一二三四五六七八九十百千万萬])○(?=[一二三四五六七八九十百千])", stdlib=True)  # 一萬○五百人
_DECIMAL_VARIANT = LazyPattern(r"(?<=\d)[·‧•﹒](?=\d)", stdlib=True)
# (each led by its character, a literal the scan skips to: most texts hold many 。, 一 and ideographic blanks)
_STOP_IN_NUMBER = LazyPattern(r"。(?<=\d。)(?=\d{1,3}(?:%|个百分点|亿|万|元|倍))", stdlib=True)
_WU_FOR_YUAN = LazyPattern(r"兀(?<=[\d万亿千百美]兀)", stdlib=True)
_REN_FOR_RU = LazyPattern(r"(?:(?<=纯收)|(?<=支配收))人", stdlib=True)
_ONE_FOR_DASH = LazyPattern(r"一(?<=\d一)(?<![\d.]{3}一)(?=\d{1,2}月)", stdlib=True)
_DASH_VARIANT = LazyPattern(r"(?<=[\d%])[─﹣―](?=\d)", stdlib=True)  # (1―5月: a horizontal bar, U+2015)


def _variants(text: str) -> str:
    """(A plain look for each character first: most texts hold none, and str.translate reads every
    character.)"""
    if any(char in text for char in "﹪﹐﹑﹔﹕﹙﹚∼"):
        text = text.translate(_SMALL_FORMS)
    if any(char in text for char in "·‧•﹒"):
        text = _DECIMAL_VARIANT.sub(".", text)
    if "。" in text:  # (OCR's full stop for a decimal point: 增长10。6%, 3。6%)
        text = _STOP_IN_NUMBER.sub(".", text)
    if "兀" in text:  # (OCR's 兀 for 元 after a number: 4.86亿美兀, 9680万兀)
        text = _WU_FOR_YUAN.sub("元", text)
    if "收人" in text:  # (OCR's 人 for 入: 农民人均纯收人1826元)
        text = _REN_FOR_RU.sub("入", text)
    if "一" in text:  # (OCR's 一 for a dash between months: 1一6月)
        text = _ONE_FOR_DASH.sub("-", text)
    if "─" in text or "﹣" in text or "―" in text:
        text = _DASH_VARIANT.sub("-", text)
    return _NUMERAL_ZERO.sub("〇", text) if "○" in text else text


def row_of_cells(line: str) -> bool:
    """Whether a line is a table's row parted by blanks, as a PDF leaves it: CELL_GAPS gaps of two or more."""
    return len(_CELL_GAP.findall(line.strip(" \t\u3000\r"))) >= CELL_GAPS


def _parts_cells(text: str, start: int, end: int) -> bool:
    """Whether the blanks text[start:end] are a gap between a table row's cells: two or more, on a row of cells."""
    if end - start < 2 or "\n" in text[start:end] or "\r" in text[start:end]:
        return False
    line_end = text.find("\n", end)
    return row_of_cells(text[text.rfind("\n", 0, start) + 1:line_end if line_end != -1 else len(text)])


def _ocr_digits(text: str) -> str:
    if "l" in text or "I" in text:  # a plain look for the letters is far cheaper than the pattern
        text = _OCR_RUN.sub(lambda m: m.group().translate(_OCR_DIGITS), text)  # (lO.2亿美元, ll.5%)
        text = _OCR_ONE.sub("1", text)
    if "O" in text or "o" in text:
        text = _OCR_ZERO.sub("0", text)
    if _OCR_TOUCHING.search(text):  # (a plain scan first: most texts hold no letter touching a digit)
        text = _OCR_MIXED.sub(lambda m: m.group().translate(_OCR_ALL_DIGITS), text)
    return text


def normalize(text: str) -> CleanText:
    # 1. Delete glosses, then blanks inside numbers (on the gloss-free text, mapped back).
    #    By runs of kept characters, not character by character: slicing and joining in C.
    deletions = _deletions(_ascii_tones(text))
    if "\r" in text:  # (a Windows file's line ends: the rules and tables read one \n)
        deletions += [(m.start(), m.start() + 1) for m in _CR_BEFORE_LF.finditer(text)]
    issue = next((stamp for start, end in deletions if (stamp := ISSUE_STAMP.search(text, start, end))), None) \
        if "期" in text else None
    noted = _noted_years(text, deletions) if "年数据" in text or "年數據" in text else ()
    origin = Offsets.identity(len(text))
    if deletions:
        runs = _kept_runs(len(text), deletions)
        origin = _kept(origin, runs)
        stage = "".join(text[a:b] for a, b in runs)
    else:
        stage = text
    stage = _ocr_digits(_variants(_to_halfwidth(stage)))  # (before the blanks among digits: 1 5O9.6亿元)
    drops = [m.span() for m in _BLANKS.finditer(stage) if not _parts_cells(stage, *m.span())]
    drops += wrapped_breaks(stage, list(_breaks_in_text(stage)))
    if drops:
        runs = _kept_runs(len(stage), drops)
        origin = _kept(origin, runs)
        display = "".join(stage[a:b] for a, b in runs)
    else:
        display = stage
    # 2. One-for-one replacements.
    text = _arabic_years(_simplify(_standard_forms(display)))
    if any(quote in text for quote in _CORNER_QUOTES):  # str.translate reads every character: only when needed
        text = text.translate(_QUOTES)
    moves, joins = number_first_cards(text)
    if moves:  # (60万人以上 ⏎ 城镇新增就业: the label first, as the cards after read)
        text, display, origin = _cards_turned(text, display, origin, moves, joins)
    text = join_slash_pairs(join_card_lines(join_cell_lines(_ITEM_HEADING.sub(r"\1:", text))))
    if '"' in text or "'" in text:  # straight quotes, as web and PDF copies write them: “十二五”
        text = _STRAIGHT_QUOTED.sub(lambda m: f"“{m.group('q')}”", text)
    return CleanText(text=text, origin=origin, display=display, issue_year=int(issue.group("year")) if issue else None,
                     noted_years=noted)


# A note dating a figure by its name (3 研究与试验发展经费投入强度为2022年数据,全国为2.54%; [2] 全社会研发投入强度为2024年数据)
_NOTE_DATES = LazyPattern(r"(?P<name>\p{Han}[^\n,;:。，；：\d]{1,23}?)[为為](?P<year>(?:19|20)\d\d)年(?:的)?(?:数据|數據)")


def _noted_years(text: str, deletions: list[tuple[int, int]]) -> tuple[tuple[str, int], ...]:
    """The names and years of the notes among `deletions` that date a figure to a year of its own."""
    return tuple((_simplify(found.group("name")), int(found.group("year"))) for found in _NOTE_DATES.finditer(text)
                 if any(start <= found.start() < end for start, end in deletions))


def _cards_turned(text: str, display: str, origin: Offsets, moves: list[tuple[int, int, int, str]], joins: list[int]):
    """Text, display and offsets with each number-first card's label words moved before its figure line, the
    line's break between them (its offset kept) turned into the join's mark, and the breaks before its further
    figure lines into commas."""
    runs, marks, at = [], [(join, ",") for join in joins], 0
    for line, brk, label_end, mark in moves:  # (a blank line between them goes before the label)
        runs += [(at, line), (brk + 1, label_end), (brk, brk + 1), (line, brk)]
        marks.append((line + label_end - brk - 1, mark))
        at = label_end
    runs.append((at, len(text)))
    turned = []
    for chars in (text, display):
        new = list("".join(chars[a:b] for a, b in runs))
        for index, mark in marks:
            new[index] = mark
        turned.append("".join(new))
    return turned[0], turned[1], _kept(origin, runs)


# Variant forms that OpenCC leaves alone, as Japanese fonts, input methods, OCR and old
# converters leave them in reprints (増長, 縂額, 経済): one for one, to the simplified form. Only
# forms that are no other Chinese character.
_VARIANT_FORMS = "増縂総経済関発価収鉄転対県従歩渉絶説労営栄戦単拡変権圧囲気図実帰広険験検読売続処薬楽歳恵両満専伝辺黒亜悪圏剰雑塩縄顕値徳郷様穏隣観挙庁鉱軽蔵懐壊覧弾"
_STANDARD_FORMS = "增总总经济关发价收铁转对县从步涉绝说劳营荣战单扩变权压围气图实归广险验检读卖续处药乐岁惠两满专传边黑亚恶圈剩杂盐绳显值德乡样稳邻观举厅矿轻藏怀坏览弹"
# And the radicals some PDF fonts put for whole characters (增⻓, ⼯业, ⽣产): Kangxi radicals by NFKC,
# the supplement's simplified ones by hand.
_RADICALS = "⻓⻋⻔⻅⻜⻢⻛⻆⻝⻩⻙⻚⻉⻰⻳⻬⻮⻄⺠⻘"
_RADICAL_FORMS = "长车门见飞马风角食黄韦页贝龙龟齐齿西民青"
_VARIANT = LazyPattern(f"[{_VARIANT_FORMS}{_RADICALS}\u2f00-\u2fd5]", stdlib=True)  # (`re`: a class is searched by bitmap)


@lru_cache(maxsize=1)
def _to_standard() -> dict[int, str]:
    import unicodedata
    table = str.maketrans(_VARIANT_FORMS + _RADICALS, _STANDARD_FORMS + _RADICAL_FORMS)
    for code in range(0x2F00, 0x2FD6):
        table[code] = unicodedata.normalize("NFKC", chr(code))
    return table


def _standard_forms(text: str) -> str:
    return text.translate(_to_standard()) if _VARIANT.search(text) else text


# Quotes as Hong Kong, Taiwan and some converters write them (「十四五」時期, ‘十四五’): the rules read “”.
_CORNER_QUOTES = "「『‘」』’"
_QUOTES = str.maketrans(_CORNER_QUOTES, "“““”””")

# A year in Chinese numerals (二○○二年, 一九九九年, 二00六年 with digit zeros, as web copies write
# it; or a box's label closing on one after a dot, 数说长丰·二〇二四): four digits for four, so that every rule reads it.
_CN_YEAR = LazyPattern(r"(?<![零〇○O0一二三四五六七八九十])[一二][〇零○O0九][〇零○O0一二三四五六七八九]{2}(?=年)"
                       r"|(?<=[·•・][^\S\n]*)[一二][〇零○O0九][〇零○O0一二三四五六七八九]{2}(?=[^\S\n]*(?:\n|$))")
_CN_DIGIT = str.maketrans("〇零○O一二三四五六七八九", "000012345678" + "9")


def _arabic_years(text: str) -> str:
    if ("年" not in text and "·" not in text) or not _CN_YEAR.search(text):
        return text
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), text)
