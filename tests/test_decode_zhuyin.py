"""An undeclared Big5 page whose text is mostly zhuyin (bopomofo after every character, as Taiwan's
school and children's pages print it) is read as Big5, not GB18030 (session 30, a new user's trial)."""

from reprint_guard.extract import extract

ZHUYIN = {"週": "ㄓㄡ", "六": "ㄌㄧㄡˋ", "清": "ㄑㄧㄥ", "晨": "ㄔㄣˊ", "點": "ㄉㄧㄢˇ", "花": "ㄏㄨㄚ", "蓮": "ㄌㄧㄢˊ",
          "海": "ㄏㄞˇ", "灘": "ㄊㄢ", "志": "ㄓˋ", "工": "ㄍㄨㄥ", "撿": "ㄐㄧㄢˇ", "垃": "ㄌㄜˋ", "圾": "ㄙㄜˋ"}
SENTENCE = "週六清晨六點，花蓮海灘志工撿垃圾。"


def _with_zhuyin(text: str) -> str:
    return "".join(f"{ch}({ZHUYIN[ch]})" if ch in ZHUYIN else ch for ch in text)


def test_an_undeclared_big5_page_of_zhuyin_is_read_as_big5() -> None:
    paragraphs = "".join(f"<p>{_with_zhuyin(SENTENCE * 3)}</p>" for _ in range(6))
    page = f"<html><head><title>{_with_zhuyin('花蓮海灘')}</title></head><body><h1>花蓮海灘</h1>{paragraphs}</body></html>"
    doc = extract(page.encode("cp950"), content_type="html")
    assert doc.decoding.encoding in ("cp950", "big5hkscs")
    assert doc.decoding.rule == "han-frequency"
    assert "花(ㄏㄨㄚ)蓮(ㄌㄧㄢˊ)" in doc.text or "花蓮" in doc.text
