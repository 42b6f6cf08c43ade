"""A Chinese article followed by a related-news box of teasers keeps its text and no teaser.

The page is written here (no site's markup): a top menu, the article, an editor's credit,
then "相关新闻", each teaser a linked headline and a one-sentence summary that ends like
prose, then a footer. The summaries are sentences of the page's own script and length; only
their place and their headlines' links tell them from the article.
"""

from __future__ import annotations

import pytest

import pressclip

PARAGRAPHS = (
    "本报讯 记者从市交通运输局获悉，本市将于下月一日起开通三条新的公交线路，连接城东新区与老城区的"
    "主要商业街和医院。",
    "据介绍，新线路全程使用新能源车辆，早晚高峰发车间隔缩短至八分钟。市民可通过手机应用实时查询车辆"
    "到站时间。",
    "交通运输局相关负责人表示，今年还将根据客流情况调整十余条既有线路，进一步方便群众出行。",
)
TEASERS = (
    ("城东新区首所公立医院开工建设",
     "项目总投资约十二亿元，预计两年后投入使用，将设置床位八百张。"),
    ("本市启动老旧小区改造工程",
     "今年计划改造小区六十个，涉及居民两万余户，重点解决停车难等问题。"),
    ("春季运动会周末开幕", "本届运动会共设二十个比赛项目，吸引了三千多名运动员报名参加。"),
)


def _page(paragraphs: tuple[str, ...]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    related = "".join(f"<li><a href='/n/{i}'>{t}</a><p>{s}</p></li>"
                      for i, (t, s) in enumerate(TEASERS))
    return (
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>"
        "<title>本市将开通三条新公交线路_东方日报</title></head><body>"
        "<div class='top'><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/finance'>财经</a>"
        " <a href='/sports'>体育</a></div><div class='wrap'><div class='main'>"
        "<h1>本市将开通三条新公交线路</h1><div class='info'>2025-03-04 09:12 来源：东方日报</div>"
        f"<div class='text'>{body}</div><div class='editor'>（责任编辑：王明）</div>"
        f"<div class='xgxw'><h2>相关新闻</h2><ul>{related}</ul></div></div></div>"
        "<div class='foot'>版权所有 东方日报社 未经授权禁止转载</div></body></html>")


@pytest.mark.parametrize("count", [3, 1])
def test_the_article_is_kept_and_the_related_teasers_are_not(count):
    text = pressclip.extract(_page(PARAGRAPHS[:count]), facts=False).text
    assert text.split("\n\n") == list(PARAGRAPHS[:count])
    assert not any(t in text or s in text for t, s in TEASERS)
