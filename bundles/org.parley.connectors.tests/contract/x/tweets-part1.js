window.YTD.tweets.part1 = [
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 08:37:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1001 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer1",
            "id_str": "501"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000001",
      "id": "1860000000000000001"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 09:14:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1002 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer2",
            "id_str": "502"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000002",
      "id": "1860000000000000002"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 09:51:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1003 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer3",
            "id_str": "503"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000003",
      "id": "1860000000000000003"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 10:28:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1004 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer4",
            "id_str": "504"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000004",
      "id": "1860000000000000004"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 11:05:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1005 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer5",
            "id_str": "505"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000005",
      "id": "1860000000000000005",
      "in_reply_to_status_id_str": "1860000000000000004",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 11:42:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1006 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer6",
            "id_str": "506"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000006",
      "id": "1860000000000000006"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 12:19:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1007 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer7",
            "id_str": "507"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000007",
      "id": "1860000000000000007"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 12:56:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1008 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer8",
            "id_str": "508"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000008",
      "id": "1860000000000000008"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 13:33:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1009 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer0",
            "id_str": "500"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000009",
      "id": "1860000000000000009"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 14:10:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1010 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer1",
            "id_str": "501"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000010",
      "id": "1860000000000000010",
      "in_reply_to_status_id_str": "1860000000000000009",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "0",
      "created_at": "last tuesday",
      "full_text": "@customer0 Thanks for writing in about ticket #1900 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer0",
            "id_str": "500"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000900",
      "id": "1860000000000000900",
      "in_reply_to_status_id_str": "1860000000000000899",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 14:47:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1011 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer2",
            "id_str": "502"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000011",
      "id": "1860000000000000011"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 15:24:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1012 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer3",
            "id_str": "503"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000012",
      "id": "1860000000000000012"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 16:01:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1013 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer4",
            "id_str": "504"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000013",
      "id": "1860000000000000013"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 16:38:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1014 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer5",
            "id_str": "505"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000014",
      "id": "1860000000000000014"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 17:15:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1015 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer6",
            "id_str": "506"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000015",
      "id": "1860000000000000015",
      "in_reply_to_status_id_str": "1860000000000000014",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 17:52:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1016 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer7",
            "id_str": "507"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000016",
      "id": "1860000000000000016"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 18:29:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1017 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer8",
            "id_str": "508"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000017",
      "id": "1860000000000000017"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 19:06:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1018 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer0",
            "id_str": "500"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000018",
      "id": "1860000000000000018"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 19:43:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1019 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer1",
            "id_str": "501"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000019",
      "id": "1860000000000000019"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "1",
      "created_at": "Tue Nov 24 11:37:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1901 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer1",
            "id_str": "501"
          }
        ],
        "urls": []
      }
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 20:20:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1020 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer2",
            "id_str": "502"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000020",
      "id": "1860000000000000020",
      "in_reply_to_status_id_str": "1860000000000000019",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 20:57:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1021 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer3",
            "id_str": "503"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000021",
      "id": "1860000000000000021"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 21:34:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1022 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer4",
            "id_str": "504"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000022",
      "id": "1860000000000000022"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "2",
      "created_at": "Sun Nov 01 22:11:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1023 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer5",
            "id_str": "505"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000023",
      "id": "1860000000000000023"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "0",
      "created_at": "Sun Nov 01 22:48:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1024 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer6",
            "id_str": "506"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000024",
      "id": "1860000000000000024"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "1",
      "created_at": "Sun Nov 01 23:25:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1025 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer7",
            "id_str": "507"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000025",
      "id": "1860000000000000025",
      "in_reply_to_status_id_str": "1860000000000000024",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 00:02:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1026 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer8",
            "id_str": "508"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000026",
      "id": "1860000000000000026"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 00:39:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1027 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer0",
            "id_str": "500"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000027",
      "id": "1860000000000000027"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 01:16:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1028 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer1",
            "id_str": "501"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000028",
      "id": "1860000000000000028"
    }
  },
  {
    "like": {
      "tweetId": "1"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 01:53:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1029 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer2",
            "id_str": "502"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000029",
      "id": "1860000000000000029"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 02:30:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1030 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer3",
            "id_str": "503"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000030",
      "id": "1860000000000000030",
      "in_reply_to_status_id_str": "1860000000000000029",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 03:07:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1031 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer4",
            "id_str": "504"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000031",
      "id": "1860000000000000031"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 03:44:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1032 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer5",
            "id_str": "505"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000032",
      "id": "1860000000000000032"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 04:21:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1033 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer6",
            "id_str": "506"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000033",
      "id": "1860000000000000033"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 04:58:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1034 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer7",
            "id_str": "507"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000034",
      "id": "1860000000000000034"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 05:35:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1035 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer8",
            "id_str": "508"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000035",
      "id": "1860000000000000035",
      "in_reply_to_status_id_str": "1860000000000000034",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 06:12:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1036 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer0",
            "id_str": "500"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000036",
      "id": "1860000000000000036"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 06:49:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1037 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer1",
            "id_str": "501"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000037",
      "id": "1860000000000000037"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 07:26:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1038 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer2",
            "id_str": "502"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000038",
      "id": "1860000000000000038"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 08:03:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1039 &amp; sorry for the wait.",
      "lang": "en",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer3",
            "id_str": "503"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000039",
      "id": "1860000000000000039"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 08:40:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1040 &amp; sorry for the wait.",
      "lang": "de",
      "entities": {
        "hashtags": [],
        "user_mentions": [
          {
            "screen_name": "customer4",
            "id_str": "504"
          }
        ],
        "urls": []
      },
      "id_str": "1860000000000000040",
      "id": "1860000000000000040",
      "in_reply_to_status_id_str": "1860000000000000039",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  }
]
