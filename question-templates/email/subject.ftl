【${group}】第${weekNumber}周时政理论小测（${week}）
