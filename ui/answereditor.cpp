#include "answereditor.h"
