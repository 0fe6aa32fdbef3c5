# 동기(순차적)로 웹페이지 가져오기

from time import time
from urllib.request import Request, urlopen

urls = ['https://www.google.co.kr/search?q=' + i
            for i in ['apple', 'pear', 'grape', 'pineapple', 'orange', 'strawberry']
        ]

begin = time()
result = []
for url in urls:
    # user-agent가 없으면 403에러 발생
    request = Request(url, headers={'User-Agent': 'Mozilla/5.0'})

    response = urlopen(request)
    page = response.read()
    result.append(len(page))


print(result)
end = time()
print('실행 시간: {0:.3f}초'.format(end - begin))


# 결과
[74443, 137795, 84429, 327409, 65139, 154872]
실행 시간: 4.865초
