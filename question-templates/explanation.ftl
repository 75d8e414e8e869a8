原文：${sentence}（出自《${source.title}》）
