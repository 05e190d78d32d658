window.YTD.tweets.part0 = [
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
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 09:17:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1041 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000041",
      "id": "1860000000000000041"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 09:54:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1042 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000042",
      "id": "1860000000000000042"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 10:31:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1043 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000043",
      "id": "1860000000000000043"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 11:08:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1044 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000044",
      "id": "1860000000000000044"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 11:45:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1045 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000045",
      "id": "1860000000000000045",
      "in_reply_to_status_id_str": "1860000000000000044",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 12:22:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1046 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000046",
      "id": "1860000000000000046"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 12:59:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1047 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000047",
      "id": "1860000000000000047"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 13:36:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1048 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000048",
      "id": "1860000000000000048"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 14:13:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1049 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000049",
      "id": "1860000000000000049"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 14:50:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1050 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000050",
      "id": "1860000000000000050",
      "in_reply_to_status_id_str": "1860000000000000049",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 15:27:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1051 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000051",
      "id": "1860000000000000051"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 16:04:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1052 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000052",
      "id": "1860000000000000052"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 16:41:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1053 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000053",
      "id": "1860000000000000053"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 17:18:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1054 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000054",
      "id": "1860000000000000054"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 17:55:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1055 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000055",
      "id": "1860000000000000055",
      "in_reply_to_status_id_str": "1860000000000000054",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 18:32:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1056 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000056",
      "id": "1860000000000000056"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 19:09:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1057 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000057",
      "id": "1860000000000000057"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 19:46:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1058 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000058",
      "id": "1860000000000000058"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 20:23:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1059 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000059",
      "id": "1860000000000000059"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 21:00:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1060 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000060",
      "id": "1860000000000000060",
      "in_reply_to_status_id_str": "1860000000000000059",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 21:37:00 +0000 2026",
      "full_text": "@cŠŒ‹omer7 Thanks for writing in about ticket #1061 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000061",
      "id": "1860000000000000061"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "2",
      "created_at": "Mon Nov 02 22:14:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1062 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000062",
      "id": "1860000000000000062"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "0",
      "created_at": "Mon Nov 02 22:51:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1063 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000063",
      "id": "1860000000000000063"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "1",
      "created_at": "Mon Nov 02 23:28:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1064 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000064",
      "id": "1860000000000000064"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 00:05:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1065 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000065",
      "id": "1860000000000000065",
      "in_reply_to_status_id_str": "1860000000000000064",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 00:42:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1066 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000066",
      "id": "1860000000000000066"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 01:19:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1067 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000067",
      "id": "1860000000000000067"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 01:56:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1068 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000068",
      "id": "1860000000000000068"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 02:33:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1069 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000069",
      "id": "1860000000000000069"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 03:10:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1070 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000070",
      "id": "1860000000000000070",
      "in_reply_to_status_id_str": "1860000000000000069",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 03:47:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1071 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000071",
      "id": "1860000000000000071"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 04:24:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1072 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000072",
      "id": "1860000000000000072"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 05:01:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1073 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000073",
      "id": "1860000000000000073"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 05:38:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1074 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000074",
      "id": "1860000000000000074"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 06:15:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1075 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000075",
      "id": "1860000000000000075",
      "in_reply_to_status_id_str": "1860000000000000074",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 06:52:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1076 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000076",
      "id": "1860000000000000076"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 07:29:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1077 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000077",
      "id": "1860000000000000077"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 08:06:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1078 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000078",
      "id": "1860000000000000078"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 08:43:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1079 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000079",
      "id": "1860000000000000079"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 09:20:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1080 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000080",
      "id": "1860000000000000080",
      "in_reply_to_status_id_str": "1860000000000000079",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 09:57:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1081 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000081",
      "id": "1860000000000000081"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 10:34:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1082 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000082",
      "id": "1860000000000000082"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 11:11:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1083 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000083",
      "id": "1860000000000000083"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 11:48:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1084 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000084",
      "id": "1860000000000000084"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 12:25:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1085 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000085",
      "id": "1860000000000000085",
      "in_reply_to_status_id_str": "1860000000000000084",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 13:02:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1086 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000086",
      "id": "1860000000000000086"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 13:39:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1087 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000087",
      "id": "1860000000000000087"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 14:16:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1088 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000088",
      "id": "1860000000000000088"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 14:53:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1089 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000089",
      "id": "1860000000000000089"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 15:30:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1090 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000090",
      "id": "1860000000000000090",
      "in_reply_to_status_id_str": "1860000000000000089",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 16:07:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1091 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000091",
      "id": "1860000000000000091"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 16:44:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1092 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000092",
      "id": "1860000000000000092"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 17:21:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1093 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000093",
      "id": "1860000000000000093"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 17:58:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1094 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000094",
      "id": "1860000000000000094"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 18:35:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1095 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000095",
      "id": "1860000000000000095",
      "in_reply_to_status_id_str": "1860000000000000094",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 19:12:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1096 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000096",
      "id": "1860000000000000096"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 19:49:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1097 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000097",
      "id": "1860000000000000097"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 20:26:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1098 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000098",
      "id": "1860000000000000098"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 21:03:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1099 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000099",
      "id": "1860000000000000099"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 21:40:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1100 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000100",
      "id": "1860000000000000100",
      "in_reply_to_status_id_str": "1860000000000000099",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "2",
      "created_at": "Tue Nov 03 22:17:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1101 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000101",
      "id": "1860000000000000101"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "0",
      "created_at": "Tue Nov 03 22:54:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1102 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000102",
      "id": "1860000000000000102"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "1",
      "created_at": "Tue Nov 03 23:31:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1103 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000103",
      "id": "1860000000000000103"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "2",
      "created_at": "Wed Nov 04 00:08:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1104 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000104",
      "id": "1860000000000000104"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "0",
      "created_at": "Wed Nov 04 00:45:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1105 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000105",
      "id": "1860000000000000105",
      "in_reply_to_status_id_str": "1860000000000000104",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "1",
      "created_at": "Wed Nov 04 01:22:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1106 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000106",
      "id": "1860000000000000106"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "2",
      "created_at": "Wed Nov 04 01:59:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1107 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000107",
      "id": "1860000000000000107"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "0",
      "created_at": "Wed Nov 04 02:36:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1108 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000108",
      "id": "1860000000000000108"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "1",
      "created_at": "Wed Nov 04 03:13:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1109 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000109",
      "id": "1860000000000000109"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "2",
      "created_at": "Wed Nov 04 03:50:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1110 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000110",
      "id": "1860000000000000110",
      "in_reply_to_status_id_str": "1860000000000000109",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "0",
      "created_at": "Wed Nov 04 04:27:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1111 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000111",
      "id": "1860000000000000111"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "1",
      "created_at": "Wed Nov 04 05:04:00 +0000 2026",
      "full_text": "@customer4 Thanks for writing in about ticket #1112 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000112",
      "id": "1860000000000000112"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "2",
      "created_at": "Wed Nov 04 05:41:00 +0000 2026",
      "full_text": "@customer5 Thanks for writing in about ticket #1113 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000113",
      "id": "1860000000000000113"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "2",
      "retweet_count": "0",
      "created_at": "Wed Nov 04 06:18:00 +0000 2026",
      "full_text": "@customer6 Thanks for writing in about ticket #1114 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000114",
      "id": "1860000000000000114"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "3",
      "retweet_count": "1",
      "created_at": "Wed Nov 04 06:55:00 +0000 2026",
      "full_text": "@customer7 Thanks for writing in about ticket #1115 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000115",
      "id": "1860000000000000115",
      "in_reply_to_status_id_str": "1860000000000000114",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "4",
      "retweet_count": "2",
      "created_at": "Wed Nov 04 07:32:00 +0000 2026",
      "full_text": "@customer8 Thanks for writing in about ticket #1116 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000116",
      "id": "1860000000000000116"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "5",
      "retweet_count": "0",
      "created_at": "Wed Nov 04 08:09:00 +0000 2026",
      "full_text": "@customer0 Thanks for writing in about ticket #1117 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000117",
      "id": "1860000000000000117"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "6",
      "retweet_count": "1",
      "created_at": "Wed Nov 04 08:46:00 +0000 2026",
      "full_text": "@customer1 Thanks for writing in about ticket #1118 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000118",
      "id": "1860000000000000118"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "0",
      "retweet_count": "2",
      "created_at": "Wed Nov 04 09:23:00 +0000 2026",
      "full_text": "@customer2 Thanks for writing in about ticket #1119 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000119",
      "id": "1860000000000000119"
    }
  },
  {
    "tweet": {
      "retweeted": false,
      "favorite_count": "1",
      "retweet_count": "0",
      "created_at": "Wed Nov 04 10:00:00 +0000 2026",
      "full_text": "@customer3 Thanks for writing in about ticket #1120 &amp; sorry for the wait.",
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
      "id_str": "1860000000000000120",
      "id": "1860000000000000120",
      "in_reply_to_status_id_str": "1860000000000000119",
      "in_reply_to_screen_name": "AcmeSupport"
    }
  }
]
