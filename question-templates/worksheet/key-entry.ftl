${number}. 答案：${answer}　解析：${explanation}
